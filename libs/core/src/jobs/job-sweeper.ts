import { MikroORM } from '@mikro-orm/core';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { HandlesJob, type JobHandler } from './job-handler';
import { JobHandlersRegistry } from './job-handlers.registry';
import { JobRecord } from './job-record.entity';
import { JobStatus } from './job-status';
import { JobTransport } from './job-transport';
import { toQueuedJob } from './job-bus';
import { SweepJobsJob } from './sweep-jobs.job';

const BATCH = 500;
// Completed records are the audit of what ran; two weeks answers "did it run?" without growing forever.
const KEEP_COMPLETED_RECORDS_MS = 14 * 24 * 3600 * 1000;

export interface SweepResult {
  readonly requeued: number;
  readonly pruned: number;
}

/**
 * Finds jobs whose record is still pending well after they were due (the
 * message was lost, Redis was down when they were queued, the worker holding
 * them died) and queues them again. Handlers are idempotent, so queueing a
 * job that was only slow costs a no-op run at worst.
 */
@Injectable()
@HandlesJob(SweepJobsJob)
export class JobSweeper implements JobHandler<'jobs.sweep'> {
  private readonly logger = new Logger('JobSweeper');

  constructor(
    private readonly orm: MikroORM,
    private readonly config: AppConfig,
    private readonly registry: JobHandlersRegistry,
    private readonly transport: JobTransport,
  ) {}

  async handle(): Promise<void> {
    await this.sweep();
  }

  async sweep(now = new Date()): Promise<SweepResult> {
    const em = this.orm.em.fork();
    const overdue = await em.find(
      JobRecord,
      { status: JobStatus.Pending, runAt: { $lt: new Date(now.getTime() - this.config.jobs.sweepAfterMs) } },
      { orderBy: { runAt: 'asc' }, limit: BATCH },
    );
    let requeued = 0;
    for (const record of overdue) {
      const job = this.registry.find(record.name);
      if (job === undefined) continue;
      if (await this.transport.recover(toQueuedJob(record, job.definition, now.getTime()))) requeued += 1;
    }
    const pruned = await em.nativeDelete(JobRecord, {
      status: JobStatus.Completed,
      finishedAt: { $lt: new Date(now.getTime() - KEEP_COMPLETED_RECORDS_MS) },
    });
    if (requeued > 0) this.logger.warn(`Re-queued ${requeued} overdue job(s)`);
    return { requeued, pruned };
  }
}
