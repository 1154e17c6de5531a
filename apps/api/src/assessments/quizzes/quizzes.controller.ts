import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { QuizzesService, type LearnerQuizView, type QuizView } from '@prodev/assessments';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { CreateQuizDto } from './dto/create-quiz.dto';
import { LearnerQuizDto, QuizDto } from './dto/quiz.dto';
import { UpdateQuizDto } from './dto/update-quiz.dto';

@ApiTags('quizzes')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@ApiExtraModels(QuizDto, LearnerQuizDto)
@Controller()
export class QuizzesController {
  constructor(private readonly quizzes: QuizzesService) {}

  @Post('modules/:id/quizzes')
  @Roles(Role.Admin, Role.Mentor)
  @ApiCreatedResponse({ type: QuizDto })
  @ApiProblems(400, 403, 404)
  createQuiz(
    @Param('id', ParseUUIDPipe) moduleId: string,
    @Body() body: CreateQuizDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<QuizView> {
    return this.quizzes.create(moduleId, body, caller);
  }

  @Get('quizzes/:id')
  @ApiOkResponse({
    description: 'Admins and mentors get the questions with their keys (`author`); learners the rules only (`learner`)',
    schema: {
      oneOf: [{ $ref: getSchemaPath(QuizDto) }, { $ref: getSchemaPath(LearnerQuizDto) }],
      discriminator: { propertyName: 'audience' },
    },
  })
  @ApiProblems(400, 404)
  getQuiz(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthUser,
  ): Promise<QuizView | LearnerQuizView> {
    return this.quizzes.get(id, caller);
  }

  @Patch('quizzes/:id')
  @Roles(Role.Admin, Role.Mentor)
  @ApiOkResponse({ type: QuizDto })
  @ApiProblems(400, 403, 404)
  updateQuiz(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateQuizDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<QuizView> {
    return this.quizzes.update(id, body, caller);
  }

  @Delete('quizzes/:id')
  @Roles(Role.Admin, Role.Mentor)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted with its questions; a quiz with attempts is kept (409)' })
  @ApiProblems(400, 403, 404, 409)
  deleteQuiz(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() caller: AuthUser): Promise<void> {
    return this.quizzes.delete(id, caller);
  }
}
