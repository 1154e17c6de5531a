import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import {
  MySubmissionsService,
  ReviewsService,
  SubmissionsService,
  type MySubmissionView,
  type ReviewableSubmissionView,
  type ReviewView,
  type SubmissionView,
} from '@prodev/assessments';
import type { Page } from '@prodev/core';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { PageDto } from '../../http/page.dto';
import { CreateReviewDto } from './dto/create-review.dto';
import { CreateSubmissionDto } from './dto/create-submission.dto';
import { ListMySubmissionsQueryDto } from './dto/list-my-submissions-query.dto';
import { ListSubmissionsQueryDto } from './dto/list-submissions-query.dto';
import { MySubmissionDto } from './dto/my-submission.dto';
import { ReviewDto } from './dto/review.dto';
import { ReviewableSubmissionDto, SubmissionDto } from './dto/submission.dto';

const ReviewableSubmissionPageDto = PageDto(ReviewableSubmissionDto);
const MySubmissionPageDto = PageDto(MySubmissionDto);

@ApiTags('submissions')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@Controller()
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly mySubmissions: MySubmissionsService,
    private readonly reviews: ReviewsService,
  ) {}

  @Post('assignments/:id/submissions')
  @Roles(Role.Learner)
  @ApiCreatedResponse({ type: SubmissionDto, description: 'A new version each time' })
  @ApiProblems(400, 403, 404, 409, 422)
  submitAssignment(
    @Param('id', ParseUUIDPipe) assignmentId: string,
    @Body() body: CreateSubmissionDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<SubmissionView> {
    return this.submissions.submit(assignmentId, body, caller);
  }

  @Get('assignments/:id/submissions')
  @Roles(Role.Admin, Role.Mentor)
  @ApiOkResponse({ type: ReviewableSubmissionPageDto, description: 'Mentors see their own cohorts’ learners only' })
  @ApiProblems(400, 403, 404)
  listAssignmentSubmissions(
    @Param('id', ParseUUIDPipe) assignmentId: string,
    @Query() query: ListSubmissionsQueryDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<Page<ReviewableSubmissionView>> {
    return this.submissions.listForAssignment(assignmentId, caller, query);
  }

  @Post('submissions/:id/review')
  @Roles(Role.Admin, Role.Mentor)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReviewDto, description: 'The grade after the late penalty; the learner is notified' })
  @ApiProblems(400, 403, 404)
  reviewSubmission(
    @Param('id', ParseUUIDPipe) submissionId: string,
    @Body() body: CreateReviewDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<ReviewView> {
    return this.reviews.review(submissionId, body, caller);
  }

  @Get('me/submissions')
  @Roles(Role.Learner)
  @ApiOkResponse({ type: MySubmissionPageDto, description: 'Your own submissions, each with its latest review' })
  @ApiProblems(400, 403)
  listMySubmissions(
    @Query() query: ListMySubmissionsQueryDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<Page<MySubmissionView>> {
    return this.mySubmissions.list(caller, query);
  }
}
