import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReportsService, type ReportView } from '@prodev/assessments';
import { CurrentUser, type AuthUser } from '@prodev/auth';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { ReportDto } from './dto/report.dto';

@ApiTags('reports')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401, 404)
@Controller('reports/:id')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @ApiOkResponse({ type: ReportDto, description: 'For whoever asked for it, and admins' })
  @ApiProblems(400)
  getReport(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() caller: AuthUser): Promise<ReportView> {
    return this.reports.get(id, caller);
  }

  @Get('download')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The file, as an attachment', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 409)
  async downloadReport(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.reports.download(id, caller);
    void reply.header('content-type', file.contentType);
    void reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return file.content;
  }
}
