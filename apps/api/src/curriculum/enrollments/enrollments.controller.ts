import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import type { Page } from '@prodev/core';
import {
  EnrollmentsService,
  type CohortEnrollmentView,
  type EnrollmentView,
  type MyEnrollmentView,
} from '@prodev/curriculum';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { PageDto } from '../../http/page.dto';
import { EnrollDto } from './dto/enroll.dto';
import { CohortEnrollmentDto, EnrollmentDto, MyEnrollmentDto } from './dto/enrollment.dto';
import { ListEnrollmentsQueryDto } from './dto/list-enrollments-query.dto';

const CohortEnrollmentPageDto = PageDto(CohortEnrollmentDto);
const MyEnrollmentPageDto = PageDto(MyEnrollmentDto);

@ApiTags('enrollments')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@Controller()
export class EnrollmentsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  @Post('cohorts/:id/enrollments')
  @Roles(Role.Learner, Role.Admin)
  @ApiCreatedResponse({ type: EnrollmentDto })
  @ApiProblems(400, 403, 404, 409, 422)
  enrollInCohort(
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Body() body: EnrollDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<EnrollmentView> {
    return this.enrollments.enroll(cohortId, caller, body.userId);
  }

  @Get('cohorts/:id/enrollments')
  @Roles(Role.Mentor, Role.Admin)
  @ApiOkResponse({ type: CohortEnrollmentPageDto, description: 'For admins and the cohort’s mentors' })
  @ApiProblems(400, 403, 404)
  listCohortEnrollments(
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Query() query: ListEnrollmentsQueryDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<Page<CohortEnrollmentView>> {
    return this.enrollments.listForCohort(cohortId, caller, query);
  }

  @Delete('enrollments/:id')
  @Roles(Role.Learner, Role.Admin)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Withdrawn; the enrollment is kept as history' })
  @ApiProblems(400, 403, 404, 409)
  withdrawEnrollment(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() caller: AuthUser): Promise<void> {
    return this.enrollments.withdraw(id, caller);
  }

  @Get('me/enrollments')
  @ApiOkResponse({ type: MyEnrollmentPageDto })
  @ApiProblems(400)
  listMyEnrollments(
    @Query() query: ListEnrollmentsQueryDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<Page<MyEnrollmentView>> {
    return this.enrollments.listMine(caller, query);
  }
}
