import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';
import { ProgramModule } from '@prodev/curriculum';
import type { LatePolicy } from './late-penalty';
import type { RubricCriterion } from './rubric';

/** A project on a module, reviewed by a mentor against its rubric (whose points add up to maxPoints). */
@Entity({ tableName: 'assignments' })
@Index({ properties: ['module', 'dueAt'] })
export class Assignment extends BaseEntity {
  @ManyToOne(() => ProgramModule, { deleteRule: 'cascade' })
  module!: Rel<ProgramModule>;

  @Property({ type: 'string', length: 200 })
  title: string;

  /** Markdown. */
  @Property({ type: 'text' })
  instructions: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt: Date;

  @Property({ type: 'integer' })
  maxPoints: number;

  @Property({ type: 'jsonb' })
  rubric: RubricCriterion[];

  @Property({ type: 'integer' })
  penaltyPercentPerDay: number;

  @Property({ type: 'integer' })
  maxLateDays: number;

  constructor(init: {
    module: Rel<ProgramModule>;
    title: string;
    instructions: string;
    dueAt: Date;
    maxPoints: number;
    rubric: RubricCriterion[];
    latePolicy: LatePolicy;
  }) {
    super();
    this.module = init.module;
    this.title = init.title;
    this.instructions = init.instructions;
    this.dueAt = init.dueAt;
    this.maxPoints = init.maxPoints;
    this.rubric = init.rubric;
    this.penaltyPercentPerDay = init.latePolicy.penaltyPercentPerDay;
    this.maxLateDays = init.latePolicy.maxLateDays;
  }

  get latePolicy(): LatePolicy {
    return { penaltyPercentPerDay: this.penaltyPercentPerDay, maxLateDays: this.maxLateDays };
  }
}
