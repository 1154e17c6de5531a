import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles, type AuthUser } from '@prodev/auth';
import type { Page } from '@prodev/core';
import { LessonsService, type LessonSummaryView, type LessonView } from '@prodev/curriculum';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { PageDto } from '../../http/page.dto';
import { CreateLessonDto } from './dto/create-lesson.dto';
import { LessonDto, LessonSummaryDto } from './dto/lesson.dto';
import { ListLessonsQueryDto } from './dto/list-lessons-query.dto';
import { UpdateLessonDto } from './dto/update-lesson.dto';

const LessonSummaryPageDto = PageDto(LessonSummaryDto);

@ApiTags('lessons')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@Controller()
export class LessonsController {
  constructor(private readonly lessons: LessonsService) {}

  @Post('modules/:id/lessons')
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: LessonDto })
  @ApiProblems(400, 403, 404, 422)
  createLesson(@Param('id', ParseUUIDPipe) moduleId: string, @Body() body: CreateLessonDto): Promise<LessonView> {
    return this.lessons.create(moduleId, body);
  }

  @Get('lessons')
  @ApiOkResponse({ type: LessonSummaryPageDto, description: 'Learners and mentors see lessons of published programs' })
  @ApiProblems(400)
  listLessons(@Query() query: ListLessonsQueryDto, @CurrentUser() caller: AuthUser): Promise<Page<LessonSummaryView>> {
    return this.lessons.list(query, caller);
  }

  @Get('lessons/:id')
  @ApiOkResponse({ type: LessonDto, description: 'For admins, mentors and learners enrolled in the program' })
  @ApiProblems(400, 403, 404)
  getLesson(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() caller: AuthUser): Promise<LessonView> {
    return this.lessons.get(id, caller);
  }

  @Patch('lessons/:id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: LessonDto })
  @ApiProblems(400, 403, 404, 422)
  updateLesson(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateLessonDto): Promise<LessonView> {
    return this.lessons.update(id, body);
  }

  @Delete('lessons/:id')
  @Roles(Role.Admin)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; later lessons of the module move up' })
  @ApiProblems(400, 403, 404)
  deleteLesson(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.lessons.delete(id);
  }
}
