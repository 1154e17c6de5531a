import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { runWithTimeout } from '../../lifecycle/run-with-timeout';
import { SweepJobsJob } from '../sweep-jobs.job';
import type { BullJobData } from './bull-job-data';
import { BullQueues } from './bull-queues';

const REGISTER_TIMEOUT_MS = 5_000;

/**
 * Registers the sweeper as a repeatable Bull job. Bull keys repeatable jobs by
 * name and interval, so any number of workers starting at once register one
 * schedule; a changed interval replaces the old one.
 */
@Injectable()
export class BullSweepSchedule implements OnApplicationBootstrap {
  constructor(
    private readonly queues: BullQueues,
    private readonly config: AppConfig,
  ) {}

  // Redis unreachable must stop the start-up with a reason, not hang it (Bull retries forever).
  async onApplicationBootstrap(): Promise<void> {
    await runWithTimeout(this.register(), REGISTER_TIMEOUT_MS, 'Registering the job sweeper schedule on Redis');
  }

  private async register(): Promise<void> {
    const queue = this.queues.get(SweepJobsJob.queue);
    const every = this.config.jobs.sweepIntervalMs;
    for (const repeatable of await queue.getRepeatableJobs()) {
      if (repeatable.name === SweepJobsJob.name && Number(repeatable.every) !== every) {
        await queue.removeRepeatableByKey(repeatable.key);
      }
    }
    const data: BullJobData = { payload: {}, requestId: null };
    await queue.add(SweepJobsJob.name, data, {
      repeat: { every },
      attempts: SweepJobsJob.attempts,
      removeOnComplete: 10,
      removeOnFail: 100,
    });
  }
}
