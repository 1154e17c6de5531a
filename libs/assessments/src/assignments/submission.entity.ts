import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Assignment } from './assignment.entity';
import { SubmissionStatus } from './submission-status';

/**
 * One version of a learner's work on an assignment: each resubmission is a new
 * row with the next version number, so earlier versions and their reviews stay.
 */
@Entity({ tableName: 'submissions' })
@Unique({ properties: ['assignment', 'learner', 'version'] })
@Index({ properties: ['assignment', 'status', 'submittedAt'] })
@Index({ properties: ['assignment', 'submittedAt'] })
@Index({ properties: ['learner', 'submittedAt'] })
export class Submission extends BaseEntity<'status'> {
  @ManyToOne(() => Assignment, { deleteRule: 'cascade' })
  assignment!: Rel<Assignment>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  learner!: Rel<User>;

  @Property({ type: 'integer' })
  version: number;

  @Property({ type: 'string', length: 2048 })
  repositoryUrl: string;

  @Property({ type: 'string', length: 40, nullable: true })
  commitSha: string | null;

  @Property({ type: 'text', nullable: true })
  notes: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  submittedAt: Date;

  /** Fixed when submitted (against the learner's due date then), so a later extension does not rewrite history. */
  @Property({ type: 'integer' })
  lateDays: number;

  @Enum({ items: () => SubmissionStatus, nativeEnumName: 'submission_status' })
  status: SubmissionStatus = SubmissionStatus.Ungraded;

  constructor(init: {
    assignment: Rel<Assignment>;
    learner: Rel<User>;
    version: number;
    repositoryUrl: string;
    commitSha: string | null;
    notes: string | null;
    submittedAt: Date;
    lateDays: number;
  }) {
    super();
    this.assignment = init.assignment;
    this.learner = init.learner;
    this.version = init.version;
    this.repositoryUrl = init.repositoryUrl;
    this.commitSha = init.commitSha;
    this.notes = init.notes;
    this.submittedAt = init.submittedAt;
    this.lateDays = init.lateDays;
  }
}
