import { Body, Controller, Delete, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { QuestionsService, type QuestionView } from '@prodev/assessments';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { CreateQuestionDto } from './dto/create-question.dto';
import { QuestionDto } from './dto/question.dto';
import { UpdateQuestionDto } from './dto/update-question.dto';

@ApiTags('quizzes')
@ApiBearerAuth(BEARER_AUTH)
@Roles(Role.Admin, Role.Mentor)
@ApiProblems(401, 403)
@Controller()
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Post('quizzes/:id/questions')
  @ApiCreatedResponse({ type: QuestionDto, description: 'Appended after the quiz’s last question' })
  @ApiProblems(400, 404)
  createQuestion(
    @Param('id', ParseUUIDPipe) quizId: string,
    @Body() body: CreateQuestionDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<QuestionView> {
    return this.questions.add(quizId, body, caller);
  }

  @Patch('questions/:id')
  @ApiOkResponse({ type: QuestionDto })
  @ApiProblems(400, 404)
  updateQuestion(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateQuestionDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<QuestionView> {
    return this.questions.update(id, body, caller);
  }

  @Delete('questions/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted; attempts already graded keep their scores' })
  @ApiProblems(400, 404)
  deleteQuestion(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() caller: AuthUser): Promise<void> {
    return this.questions.delete(id, caller);
  }
}
