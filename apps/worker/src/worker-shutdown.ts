import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { BullQueues } from '@prodev/core';

/**
 * On SIGTERM: stop taking new jobs and let the active ones finish before the
 * queues, Redis and the database close. A job that outlives the grace period
 * keeps its lock until it lapses; then another worker's stalled check takes it.
 */
@Injectable()
export class WorkerShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');

  constructor(private readonly queues: BullQueues) {}

  async beforeApplicationShutdown(): Promise<void> {
    this.logger.log('Stopping: taking no new jobs, finishing active ones');
    // pause(isLocal = true): this worker only; doNotWaitActive = false: resolves once active jobs are done.
    await Promise.all([...this.queues.all().values()].map((queue) => queue.pause(true, false)));
    this.logger.log('Active jobs finished');
  }
}
