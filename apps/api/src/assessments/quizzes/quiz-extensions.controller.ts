import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { QuizExtensionsService, type QuizExtensionView } from '@prodev/assessments';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { GrantQuizExtensionDto } from './dto/grant-quiz-extension.dto';
import { QuizExtensionDto } from './dto/quiz-extension.dto';

@ApiTags('quizzes')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@Controller()
export class QuizExtensionsController {
  constructor(private readonly extensions: QuizExtensionsService) {}

  @Post('quizzes/:id/extensions')
  @Roles(Role.Admin, Role.Mentor)
  @ApiCreatedResponse({ type: QuizExtensionDto, description: 'The learner’s override, replacing any earlier one' })
  @ApiProblems(400, 403, 404, 422)
  grantQuizExtension(
    @Param('id', ParseUUIDPipe) quizId: string,
    @Body() body: GrantQuizExtensionDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<QuizExtensionView> {
    return this.extensions.grant(quizId, body, caller);
  }
}
