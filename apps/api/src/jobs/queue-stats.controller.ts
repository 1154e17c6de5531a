import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@prodev/auth';
import { JobTransport } from '@prodev/core';
import { ApiProblems } from '../http/api-problems.decorator';
import { BEARER_AUTH } from '../http/openapi';
import { QueueStatsDto } from './dto/queue-stats.dto';

@ApiTags('admin')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401, 403)
@Controller('admin/queues')
export class QueueStatsController {
  constructor(private readonly transport: JobTransport) {}

  @Get('stats')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: QueueStatsDto, description: 'Job counts per queue and state' })
  async getQueueStats(): Promise<QueueStatsDto> {
    return { transport: this.transport.kind, queues: await this.transport.counts() };
  }
}
