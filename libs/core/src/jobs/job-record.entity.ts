import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { JobStatus } from './job-status';

/**
 * The database's record of a job: the truth the queue only triggers. Written
 * before the job is queued; a record still pending long after it was due is
 * what the sweeper re-enqueues. Its id is the Bull job id, so queueing the same
 * record twice is one job.
 */
@Entity({ tableName: 'jobs' })
@Index({
  name: 'jobs_pending_run_at_index',
  expression: `create index "jobs_pending_run_at_index" on "jobs" ("run_at") where "status" = 'pending'`,
})
@Index({ properties: ['status', 'finishedAt'] })
export class JobRecord extends BaseEntity<'status' | 'attempts' | 'lastError' | 'finishedAt' | 'processedBy'> {
  @Property({ length: 100 })
  name: string;

  @Property({ length: 50 })
  queue: string;

  @Property({ type: 'jsonb' })
  payload: object;

  @Enum({ items: () => JobStatus, nativeEnumName: 'job_status' })
  status: JobStatus = JobStatus.Pending;

  /** Runs that ended in an error. */
  @Property()
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** The HTTP request that caused the job, so its logs and the job's can be joined. */
  @Property({ length: 128, nullable: true })
  requestId: string | null;

  /** When the job is due (later than creation for delayed jobs). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  runAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  /** `host:pid` of the process that completed it. */
  @Property({ length: 255, nullable: true })
  processedBy: string | null = null;

  constructor(init: { name: string; queue: string; payload: object; requestId: string | null; runAt: Date }) {
    super();
    this.name = init.name;
    this.queue = init.queue;
    this.payload = init.payload;
    this.requestId = init.requestId;
    this.runAt = init.runAt;
  }
}
