import { Controller, Delete, HttpCode, HttpStatus, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import { CompletionsService } from '@prodev/curriculum';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';

@ApiTags('progress')
@ApiBearerAuth(BEARER_AUTH)
@Roles(Role.Learner)
@ApiProblems(400, 401, 403, 404)
@Controller('lessons/:id/completion')
export class CompletionsController {
  constructor(private readonly completions: CompletionsService) {}

  @Put()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Completed (also when it already was)' })
  @ApiProblems(422)
  completeLesson(@Param('id', ParseUUIDPipe) lessonId: string, @CurrentUser() caller: AuthUser): Promise<void> {
    return this.completions.complete(lessonId, caller);
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Not completed any more (also when it never was)' })
  uncompleteLesson(@Param('id', ParseUUIDPipe) lessonId: string, @CurrentUser() caller: AuthUser): Promise<void> {
    return this.completions.uncomplete(lessonId, caller);
  }
}
