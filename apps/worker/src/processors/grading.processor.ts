import { Processor } from '@nestjs/bull';
import { BullJobConsumer, Queues, type BullJobData } from '@prodev/core';
import type { Job } from 'bull';

/** Quiz grading and deadline auto-submits; `@Process` is applied with its concurrency by the worker module. */
@Processor(Queues.Grading)
export class GradingProcessor {
  constructor(private readonly consumer: BullJobConsumer) {}

  process(job: Job<Partial<BullJobData>>): Promise<void> {
    return this.consumer.consume(job);
  }
}
