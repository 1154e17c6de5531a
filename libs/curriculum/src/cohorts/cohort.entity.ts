import { Collection, Entity, Index, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Program } from '../programs/program.entity';

@Entity({ tableName: 'cohorts' })
@Index({ properties: ['program', 'startsAt'] })
export class Cohort extends BaseEntity {
  @ManyToOne(() => Program, { deleteRule: 'cascade' })
  program!: Rel<Program>;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  endsAt!: Date;

  @Property({ type: 'integer' })
  capacity!: number;

  @ManyToMany({
    entity: () => User,
    pivotTable: 'cohort_mentors',
    joinColumn: 'cohort_id',
    inverseJoinColumn: 'user_id',
  })
  mentors = new Collection<User>(this);

  constructor(program: Rel<Program>, name: string, startsAt: Date, endsAt: Date, capacity: number) {
    super();
    this.program = program;
    this.name = name;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.capacity = capacity;
  }
}
