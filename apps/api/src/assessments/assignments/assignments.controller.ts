import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import {
  AssignmentExtensionsService,
  AssignmentsService,
  type AssignmentExtensionView,
  type AssignmentView,
} from '@prodev/assessments';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { AssignmentExtensionDto } from './dto/assignment-extension.dto';
import { AssignmentDto } from './dto/assignment.dto';
import { CreateAssignmentDto } from './dto/create-assignment.dto';
import { GrantAssignmentExtensionDto } from './dto/grant-assignment-extension.dto';

@ApiTags('assignments')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@Controller()
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly extensions: AssignmentExtensionsService,
  ) {}

  @Post('modules/:id/assignments')
  @Roles(Role.Admin, Role.Mentor)
  @ApiCreatedResponse({ type: AssignmentDto })
  @ApiProblems(400, 403, 404)
  createAssignment(
    @Param('id', ParseUUIDPipe) moduleId: string,
    @Body() body: CreateAssignmentDto,
  ): Promise<AssignmentView> {
    return this.assignments.create(moduleId, body);
  }

  @Get('assignments/:id')
  @ApiOkResponse({ type: AssignmentDto, description: 'Learners see only the assignments of programs they are in' })
  @ApiProblems(400, 404)
  getAssignment(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() caller: AuthUser): Promise<AssignmentView> {
    return this.assignments.get(id, caller);
  }

  @Post('assignments/:id/extensions')
  @Roles(Role.Admin, Role.Mentor)
  @ApiCreatedResponse({ type: AssignmentExtensionDto, description: 'Granted; replaces the learner’s earlier one' })
  @ApiProblems(400, 403, 404, 422)
  grantAssignmentExtension(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: GrantAssignmentExtensionDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<AssignmentExtensionView> {
    return this.extensions.grant(id, body, caller);
  }
}
