import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';
import { ProgramModule } from '@prodev/curriculum';
import { GradingMethod } from './quiz-enums';

@Entity({ tableName: 'quizzes' })
@Index({ properties: ['module', 'createdAt'] })
export class Quiz extends BaseEntity<'timeLimitSeconds' | 'shuffleQuestions' | 'availableFrom' | 'availableUntil'> {
  @ManyToOne(() => ProgramModule, { deleteRule: 'cascade' })
  module!: Rel<ProgramModule>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'integer', nullable: true })
  timeLimitSeconds: number | null = null;

  @Property({ type: 'integer' })
  maxAttempts!: number;

  /** Percent of the maximum score needed to pass. */
  @Property({ type: 'decimal', precision: 5, scale: 2, runtimeType: 'number' })
  passingScore!: number;

  @Enum({ items: () => GradingMethod, nativeEnumName: 'grading_method' })
  gradingMethod!: GradingMethod;

  @Property({ type: 'boolean' })
  shuffleQuestions = false;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  availableFrom: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  availableUntil: Date | null = null;

  constructor(init: {
    module: Rel<ProgramModule>;
    title: string;
    maxAttempts: number;
    passingScore: number;
    gradingMethod: GradingMethod;
  }) {
    super();
    this.module = init.module;
    this.title = init.title;
    this.maxAttempts = init.maxAttempts;
    this.passingScore = init.passingScore;
    this.gradingMethod = init.gradingMethod;
  }
}
