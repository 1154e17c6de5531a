import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import type { Page } from '@prodev/core';
import { ProgressService, type LearnerProgressView, type ProgramProgressView } from '@prodev/curriculum';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { PageDto } from '../../http/page.dto';
import { CohortProgressQueryDto } from './dto/cohort-progress-query.dto';
import { MyProgressQueryDto } from './dto/my-progress-query.dto';
import { LearnerProgressDto, ProgramProgressDto } from './dto/progress.dto';

const LearnerProgressPageDto = PageDto(LearnerProgressDto);

@ApiTags('progress')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(400, 401, 403, 404)
@Controller()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('me/progress')
  @Roles(Role.Learner)
  @ApiOkResponse({ type: ProgramProgressDto })
  getMyProgress(@Query() query: MyProgressQueryDto, @CurrentUser() caller: AuthUser): Promise<ProgramProgressView> {
    return this.progress.mine(caller, query.programId);
  }

  @Get('cohorts/:id/progress')
  @Roles(Role.Mentor, Role.Admin)
  @ApiOkResponse({ type: LearnerProgressPageDto, description: 'Sorted by percent (highest first), then name' })
  getCohortProgress(
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Query() query: CohortProgressQueryDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<Page<LearnerProgressView>> {
    return this.progress.forCohort(cohortId, caller, query);
  }
}
