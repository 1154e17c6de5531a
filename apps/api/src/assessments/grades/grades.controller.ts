import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LeaderboardService, MyGradesService, type Leaderboard, type MyGradeView } from '@prodev/assessments';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import type { Page } from '@prodev/core';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { FixedOrderPageQueryDto } from '../../http/fixed-order-page-query.dto';
import { PageDto } from '../../http/page.dto';
import { LeaderboardDto, LeaderboardQueryDto } from './dto/leaderboard.dto';
import { MyGradeDto } from './dto/my-grade.dto';

const MyGradePageDto = PageDto(MyGradeDto);

@ApiTags('grades')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@Controller()
export class GradesController {
  constructor(
    private readonly leaderboard: LeaderboardService,
    private readonly myGrades: MyGradesService,
  ) {}

  @Get('cohorts/:id/leaderboard')
  @ApiOkResponse({ type: LeaderboardDto, description: 'Active learners ranked by points; fresh after every grading' })
  @ApiProblems(400, 403, 404)
  getLeaderboard(
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Query() query: LeaderboardQueryDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<Leaderboard> {
    return this.leaderboard.forCohort(cohortId, caller, query.limit);
  }

  @Get('me/grades')
  @Roles(Role.Learner)
  @ApiOkResponse({ type: MyGradePageDto, description: 'The caller’s grades, most recently changed first' })
  @ApiProblems(400, 403)
  listMyGrades(@Query() query: FixedOrderPageQueryDto, @CurrentUser() caller: AuthUser): Promise<Page<MyGradeView>> {
    return this.myGrades.list(caller, query);
  }
}
