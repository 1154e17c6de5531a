import { Processor } from '@nestjs/bull';
import { BullJobConsumer, Queues, type BullJobData } from '@prodev/core';
import type { Job } from 'bull';

/** Welcome and enrollment emails and in-app notifications; `@Process` is applied with its concurrency by the worker module. */
@Processor(Queues.Notifications)
export class NotificationsProcessor {
  constructor(private readonly consumer: BullJobConsumer) {}

  process(job: Job<Partial<BullJobData>>): Promise<void> {
    return this.consumer.consume(job);
  }
}
