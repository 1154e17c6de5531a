import { Injectable } from '@nestjs/common';
import type { Job } from 'bull';
import { UnrunnableJobError } from '../job-errors';
import { JobRunner } from '../job-runner';
import type { BullJobData } from './bull-job-data';

/** What every worker processor delegates to: Bull's job in, one run of its handler out. */
@Injectable()
export class BullJobConsumer {
  constructor(private readonly runner: JobRunner) {}

  async consume(job: Job<Partial<BullJobData>>): Promise<void> {
    try {
      await this.runner.run({
        jobId: String(job.id),
        name: job.name,
        payload: job.data?.payload,
        requestId: typeof job.data?.requestId === 'string' ? job.data.requestId : null,
        attempt: job.attemptsMade + 1,
        maxAttempts: job.opts.attempts ?? 1,
      });
    } catch (error) {
      // Retrying an unknown job or a malformed payload cannot help: fail it now, keep it for inspection.
      if (error instanceof UnrunnableJobError) await job.discard();
      throw error;
    }
  }
}
