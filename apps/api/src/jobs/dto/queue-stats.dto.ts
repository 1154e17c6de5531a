import { ApiProperty } from '@nestjs/swagger';
import { QUEUE_NAMES, type QueueName } from '@prodev/core';

export class QueueCountsDto {
  @ApiProperty({ enum: QUEUE_NAMES, enumName: 'QueueName' })
  queue!: QueueName;

  @ApiProperty()
  waiting!: number;

  @ApiProperty()
  active!: number;

  @ApiProperty({ description: 'Scheduled for later, or waiting out a retry backoff' })
  delayed!: number;

  @ApiProperty({ description: 'Kept for inspection (bounded by JOBS_KEEP_COMPLETED); in-process: since start' })
  completed!: number;

  @ApiProperty({ description: 'Kept for inspection (bounded by JOBS_KEEP_FAILED); in-process: since start' })
  failed!: number;

  @ApiProperty()
  paused!: number;
}

export class QueueStatsDto {
  @ApiProperty({ enum: ['bull', 'in-process'], enumName: 'JobTransportKind' })
  transport!: 'bull' | 'in-process';

  @ApiProperty({ type: [QueueCountsDto] })
  queues!: QueueCountsDto[];
}
