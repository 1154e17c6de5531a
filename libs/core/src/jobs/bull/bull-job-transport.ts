import { Injectable } from '@nestjs/common';
import { runWithTimeout } from '../../lifecycle/run-with-timeout';
import { JobTransport, type QueueCounts, type QueuedJob } from '../job-transport';
import type { BullJobData } from './bull-job-data';
import { BullQueues } from './bull-queues';

// Redis down must not hold a request open: the record is pending and the sweeper queues it later.
const QUEUE_TIMEOUT_MS = 5_000;
// A job in one of these states is still going to run; anything else may be queued again.
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'paused']);

/** Jobs on Bull queues in Redis, run by the worker process. */
@Injectable()
export class BullJobTransport extends JobTransport {
  readonly kind = 'bull';

  constructor(private readonly queues: BullQueues) {
    super();
  }

  async dispatch(job: QueuedJob): Promise<void> {
    const data: BullJobData = { payload: job.payload, requestId: job.requestId };
    await runWithTimeout(
      this.queues.get(job.queue).add(job.name, data, {
        jobId: job.id,
        attempts: job.attempts,
        backoff: { type: 'exponential', delay: job.backoffMs },
        delay: job.delayMs,
      }),
      QUEUE_TIMEOUT_MS,
      `Queueing job ${job.name}`,
    );
  }

  async recover(job: QueuedJob): Promise<boolean> {
    const existing = await this.queues.get(job.queue).getJob(job.id);
    if (existing !== null) {
      if (LIVE_STATES.has(await existing.getState())) return false;
      // Finished in Redis but pending in the database (it stalled out, or its outcome was never
      // recorded): Bull ignores a new job with a known id, so the old one goes first.
      await existing.remove();
    }
    await this.dispatch({ ...job, delayMs: 0 });
    return true;
  }

  whenIdle(): Promise<void> {
    return Promise.resolve();
  }

  async counts(): Promise<QueueCounts[]> {
    return Promise.all(
      [...this.queues.all()].map(async ([name, queue]) => {
        const counts = await queue.getJobCounts();
        const paused = await queue.getPausedCount();
        return { queue: name, ...counts, paused };
      }),
    );
  }
}
