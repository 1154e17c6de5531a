import { MikroORM, type EntityManager } from '@mikro-orm/core';
import { Injectable, Logger } from '@nestjs/common';
import { currentRequestId } from '../logging/request-context';
import type { JobDefinition, JobName, JobPayloads } from './job-contract';
import { JobRecord } from './job-record.entity';
import { JobTransport, type QueuedJob } from './job-transport';

export interface EnqueueOptions {
  /** Run no earlier than this many milliseconds from now. */
  readonly delayMs?: number;
}

/** A job recorded inside the caller's transaction, to be queued once that transaction has committed. */
export interface StagedJob {
  readonly record: JobRecord;
  readonly definition: JobDefinition;
}

/** A record and its definition's retry policy, in the shape both transports queue. */
export function toQueuedJob(record: JobRecord, definition: JobDefinition, now = Date.now()): QueuedJob {
  return {
    id: record.id,
    name: record.name,
    queue: definition.queue,
    payload: record.payload,
    requestId: record.requestId,
    delayMs: Math.max(0, record.runAt.getTime() - now),
    attempts: definition.attempts,
    backoffMs: definition.backoffMs,
  };
}

/**
 * Producers' one entry point. The job is written to the database first (the
 * state that matters) and only then queued, so a lost message or a Redis
 * outage delays the job until the sweeper finds it, and never loses it.
 * Call it after the transaction that caused the job has committed.
 */
@Injectable()
export class JobBus {
  private readonly logger = new Logger('Jobs');
  private readonly enqueuing = new Set<Promise<string>>();

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: JobTransport,
  ) {}

  enqueue<Name extends JobName>(
    definition: JobDefinition<Name>,
    payload: JobPayloads[Name],
    options: EnqueueOptions = {},
  ): Promise<string> {
    const enqueued = this.recordAndQueue(definition, payload, options);
    this.enqueuing.add(enqueued);
    void enqueued.catch(() => undefined).finally(() => this.enqueuing.delete(enqueued));
    return enqueued;
  }

  /**
   * Resolves once every job queued so far has been recorded and, where this
   * process runs them, finished. Specs use it to measure one request alone.
   */
  async whenSettled(): Promise<void> {
    do {
      await Promise.allSettled(this.enqueuing);
      await this.transport.whenIdle();
    } while (this.enqueuing.size > 0);
  }

  /**
   * Records a job with the caller's EntityManager, so it commits or rolls back
   * with the state change that needs it (an attempt becoming `submitted` and its
   * grading job). Pass the result to `dispatch` after the commit; if the process
   * dies in between, the sweeper queues the recorded job.
   */
  stage<Name extends JobName>(
    em: EntityManager,
    definition: JobDefinition<Name>,
    payload: JobPayloads[Name],
    options: EnqueueOptions = {},
  ): StagedJob {
    const record = this.newRecord(definition, payload, options);
    em.persist(record);
    return { record, definition };
  }

  /** Queues jobs staged in a transaction that has now committed. Never throws: the records are safe. */
  async dispatch(...jobs: StagedJob[]): Promise<void> {
    await Promise.all(jobs.map(({ record, definition }) => this.queue(record, definition)));
  }

  private async recordAndQueue<Name extends JobName>(
    definition: JobDefinition<Name>,
    payload: JobPayloads[Name],
    options: EnqueueOptions,
  ): Promise<string> {
    const record = this.newRecord(definition, payload, options);
    await this.orm.em.fork().persistAndFlush(record);
    await this.queue(record, definition);
    return record.id;
  }

  private newRecord<Name extends JobName>(
    definition: JobDefinition<Name>,
    payload: JobPayloads[Name],
    options: EnqueueOptions,
  ): JobRecord {
    return new JobRecord({
      name: definition.name,
      queue: definition.queue,
      payload: { ...payload },
      requestId: currentRequestId(),
      runAt: new Date(Date.now() + (options.delayMs ?? 0)),
    });
  }

  private async queue(record: JobRecord, definition: JobDefinition): Promise<void> {
    try {
      await this.transport.dispatch(toQueuedJob(record, definition));
    } catch (error) {
      this.logger.warn(
        `Job ${definition.name} ${record.id} is recorded but not queued (${String(error)}); the sweeper will queue it`,
      );
    }
  }
}
