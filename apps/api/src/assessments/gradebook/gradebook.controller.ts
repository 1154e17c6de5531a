import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GradebookService, ReportsService, type GradebookPage } from '@prodev/assessments';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { FixedOrderPageQueryDto } from '../../http/fixed-order-page-query.dto';
import { GradebookPageDto } from './dto/gradebook.dto';
import { ReportRequestedDto } from './dto/report.dto';

@ApiTags('gradebook')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401, 403, 404)
@Controller('cohorts/:id/gradebook')
@Roles(Role.Mentor, Role.Admin)
export class GradebookController {
  constructor(
    private readonly gradebook: GradebookService,
    private readonly reports: ReportsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: GradebookPageDto, description: 'Learners by name, a grade per assessment and the total' })
  @ApiProblems(400)
  getGradebook(
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Query() query: FixedOrderPageQueryDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<GradebookPage> {
    return this.gradebook.page(cohortId, caller, query);
  }

  @Post('exports')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: ReportRequestedDto, description: 'Built by the worker; poll GET /reports/{reportId}' })
  async exportGradebook(
    @Param('id', ParseUUIDPipe) cohortId: string,
    @CurrentUser() caller: AuthUser,
  ): Promise<ReportRequestedDto> {
    const report = await this.reports.requestGradebookExport(cohortId, caller);
    return { reportId: report.id, status: report.status };
  }
}
