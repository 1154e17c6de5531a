import { Processor } from '@nestjs/bull';
import { BullJobConsumer, Queues, type BullJobData } from '@prodev/core';
import type { Job } from 'bull';

/** Report builds (grade book CSV exports); `@Process` is applied with its concurrency by the worker module. */
@Processor(Queues.Reports)
export class ReportsProcessor {
  constructor(private readonly consumer: BullJobConsumer) {}

  process(job: Job<Partial<BullJobData>>): Promise<void> {
    return this.consumer.consume(job);
  }
}
