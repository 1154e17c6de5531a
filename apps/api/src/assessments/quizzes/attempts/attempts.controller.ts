import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  AttemptSubmissionService,
  AttemptsService,
  type AttemptSummaryView,
  type AttemptView,
  type SubmittedAttemptView,
} from '@prodev/assessments';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import type { Page } from '@prodev/core';
import { ApiProblems } from '../../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../../http/openapi';
import { PageDto } from '../../../http/page.dto';
import { AttemptDto, AttemptSummaryDto, SubmittedAttemptDto } from './dto/attempt.dto';
import { ListAttemptsQueryDto } from './dto/list-attempts-query.dto';
import { SaveAnswersDto } from './dto/save-answers.dto';

const AttemptSummaryPageDto = PageDto(AttemptSummaryDto);

@ApiTags('attempts')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@Controller()
export class AttemptsController {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly submissions: AttemptSubmissionService,
  ) {}

  @Post('quizzes/:id/attempts')
  @Roles(Role.Learner)
  @ApiCreatedResponse({ type: AttemptDto, description: 'The questions come without keys, in this attempt’s order' })
  @ApiProblems(400, 403, 404, 409, 422)
  startAttempt(@Param('id', ParseUUIDPipe) quizId: string, @CurrentUser() caller: AuthUser): Promise<AttemptView> {
    return this.attempts.start(quizId, caller);
  }

  @Put('attempts/:id/answers')
  @Roles(Role.Learner)
  @ApiOkResponse({ type: AttemptDto, description: 'Saved' })
  @ApiProblems(400, 404, 409)
  saveAttemptAnswers(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveAnswersDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<AttemptView> {
    return this.attempts.saveAnswers(id, body.answers, caller);
  }

  @Post('attempts/:id/submit')
  @Roles(Role.Learner)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Recorded with the submission; any repeat returns the same attempt and it is graded once',
  })
  @ApiAcceptedResponse({ type: SubmittedAttemptDto, description: 'Submitted; grading runs as a job' })
  @ApiProblems(400, 404)
  submitAttempt(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentUser() caller: AuthUser,
  ): Promise<SubmittedAttemptView> {
    return this.submissions.submit(id, caller, idempotencyKey ?? null);
  }

  @Get('attempts/:id')
  @ApiOkResponse({ type: AttemptDto, description: 'For its learner, their cohort’s mentors and admins' })
  @ApiProblems(400, 404)
  getAttempt(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() caller: AuthUser): Promise<AttemptView> {
    return this.attempts.get(id, caller);
  }

  @Get('quizzes/:id/attempts')
  @ApiOkResponse({
    type: AttemptSummaryPageDto,
    description: 'Learners: their own; mentors: their cohorts’ learners; admins: all',
  })
  @ApiProblems(400, 404)
  listQuizAttempts(
    @Param('id', ParseUUIDPipe) quizId: string,
    @Query() query: ListAttemptsQueryDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<Page<AttemptSummaryView>> {
    return this.attempts.listForQuiz(quizId, caller, query);
  }
}
