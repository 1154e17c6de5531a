import { Module } from '@nestjs/common';
import { QueueStatsController } from './queue-stats.controller';

/** Admin views of the job queues (JobTransport comes from the global JobsModule). */
@Module({ controllers: [QueueStatsController] })
export class JobsHttpModule {}
