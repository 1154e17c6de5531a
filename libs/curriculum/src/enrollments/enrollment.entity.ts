import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Cohort } from '../cohorts/cohort.entity';
import { EnrollmentStatus } from './enrollment-status';

@Entity({ tableName: 'enrollments' })
@Unique({ properties: ['cohort', 'learner'] })
@Index({ properties: ['cohort', 'status'] })
@Index({ properties: ['learner', 'status'] })
export class Enrollment extends BaseEntity<'status' | 'withdrawnAt'> {
  // Restrict: a program or cohort with enrollments is archived, never deleted with its history.
  @ManyToOne(() => Cohort, { deleteRule: 'restrict' })
  cohort!: Rel<Cohort>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  learner!: Rel<User>;

  @Enum({ items: () => EnrollmentStatus, nativeEnumName: 'enrollment_status' })
  status: EnrollmentStatus = EnrollmentStatus.Active;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;

  constructor(cohort: Rel<Cohort>, learner: Rel<User>) {
    super();
    this.cohort = cohort;
    this.learner = learner;
  }
}
