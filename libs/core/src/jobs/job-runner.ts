import { hostname } from 'node:os';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Injectable, Logger, Optional } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import { runWithRequestId } from '../logging/request-context';
import { UnrunnableJobError } from './job-errors';
import { JobHandlersRegistry } from './job-handlers.registry';
import { JobRecord } from './job-record.entity';
import { JobStatus } from './job-status';
import { validateJobPayload } from './validate-job-payload';

/** One delivery of a job, as either transport hands it over. */
export interface JobDelivery {
  readonly jobId: string;
  readonly name: string;
  readonly payload: unknown;
  readonly requestId: string | null;
  /** 1 for the first run. */
  readonly attempt: number;
  readonly maxAttempts: number;
}

const PROCESS_ID = `${hostname()}:${process.pid}`;
// Schedules (the sweeper) are Bull repeatable jobs with ids of Bull's own, not job records.
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_ERROR_LENGTH = 2_000;

/**
 * Runs one delivery: validates the payload, runs the handler in its own ORM
 * context with the request id in every log line, and records the outcome on
 * the job's database record. Both transports go through here, so a job behaves
 * the same in the worker and in the embedded API.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly registry: JobHandlersRegistry,
    private readonly orm: MikroORM,
    @Optional() private readonly pino?: PinoLogger,
  ) {}

  async run(delivery: JobDelivery): Promise<void> {
    try {
      const job = this.registry.find(delivery.name);
      if (job === undefined) throw new UnrunnableJobError(`No handler for the job "${delivery.name}"`);
      const payload = await validateJobPayload(job.definition, delivery.payload);
      await this.inJobContext(delivery, async () => {
        const started = Date.now();
        await job.handler.handle(payload, {
          jobId: delivery.jobId,
          attempt: delivery.attempt,
          requestId: delivery.requestId,
        });
        this.logger.log(`Job ${delivery.name} ${delivery.jobId} done in ${Date.now() - started} ms`);
      });
    } catch (error) {
      await this.recordFailure(delivery, error);
      throw error;
    }
    await this.record(delivery.jobId, {
      status: JobStatus.Completed,
      finishedAt: new Date(),
      processedBy: PROCESS_ID,
    });
  }

  private inJobContext(delivery: JobDelivery, work: () => Promise<void>): Promise<void> {
    const bindings = { requestId: delivery.requestId, job: { id: delivery.jobId, name: delivery.name } };
    // PinoLogger.root is set by the HTTP middleware only; the worker (no HTTP) has the instance's base logger.
    // Nest's Logger logs through whichever child logger the store holds.
    const root = (PinoLogger as { root?: PinoLogger['logger'] }).root ?? this.pino?.logger;
    const withLogs = (inner: () => Promise<void>): Promise<void> =>
      root === undefined ? inner() : storage.run(new Store(root.child(bindings)), inner);
    return withLogs(() => runWithRequestId(delivery.requestId, () => RequestContext.create(this.orm.em, work)));
  }

  private async recordFailure(delivery: JobDelivery, error: unknown): Promise<void> {
    const final = error instanceof UnrunnableJobError || delivery.attempt >= delivery.maxAttempts;
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(
      `Job ${delivery.name} ${delivery.jobId} failed (attempt ${delivery.attempt}/${delivery.maxAttempts}` +
        `${final ? ', giving up' : ', will retry'}): ${message}`,
    );
    await this.record(delivery.jobId, {
      attempts: delivery.attempt,
      lastError: message.slice(0, MAX_ERROR_LENGTH),
      ...(final ? { status: JobStatus.Failed, finishedAt: new Date() } : {}),
    }).catch((recordError: unknown) => {
      this.logger.error(`Could not record the failure of job ${delivery.jobId}: ${String(recordError)}`);
    });
  }

  /** Only a pending record changes: a late duplicate delivery never rewrites a finished one. */
  private async record(jobId: string, changes: Partial<JobRecord>): Promise<void> {
    if (!RECORD_ID.test(jobId)) return;
    await this.orm.em.fork().nativeUpdate(JobRecord, { id: jobId, status: JobStatus.Pending }, changes);
  }
}
