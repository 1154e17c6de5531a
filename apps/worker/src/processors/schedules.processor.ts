import { Process, Processor } from '@nestjs/bull';
import { ANY_JOB, BullJobConsumer, Queues, type BullJobData } from '@prodev/core';
import type { Job } from 'bull';

/** Repeatable housekeeping (the job sweeper), one at a time per worker. */
@Processor(Queues.Schedules)
export class SchedulesProcessor {
  constructor(private readonly consumer: BullJobConsumer) {}

  @Process({ name: ANY_JOB, concurrency: 1 })
  process(job: Job<Partial<BullJobData>>): Promise<void> {
    return this.consumer.consume(job);
  }
}
