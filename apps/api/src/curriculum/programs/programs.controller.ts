import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Role, Roles } from '@prodev/auth';
import type { Page } from '@prodev/core';
import { OutlineService, ProgramsService, type Caller, type OutlineView, type ProgramView } from '@prodev/curriculum';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { PageDto } from '../../http/page.dto';
import { OptionalAuth } from '../optional-auth.decorator';
import { OptionalCaller } from '../optional-caller.decorator';
import { CreateProgramDto } from './dto/create-program.dto';
import { ListProgramsQueryDto } from './dto/list-programs-query.dto';
import { OutlineDto } from './dto/outline.dto';
import { ProgramDto } from './dto/program.dto';
import { UpdateProgramDto } from './dto/update-program.dto';

const ProgramPageDto = PageDto(ProgramDto);
const ID_OR_SLUG = { name: 'id', description: 'The program’s id or slug' } as const;

@ApiTags('programs')
@Controller('programs')
export class ProgramsController {
  constructor(
    private readonly programs: ProgramsService,
    private readonly outlines: OutlineService,
  ) {}

  @Get()
  @OptionalAuth()
  @ApiOkResponse({ type: ProgramPageDto, description: 'Published programs; admins see drafts and archived ones too' })
  @ApiProblems(400)
  listPrograms(@Query() query: ListProgramsQueryDto, @OptionalCaller() caller: Caller): Promise<Page<ProgramView>> {
    return this.programs.list(query, caller);
  }

  @Get(':id')
  @OptionalAuth()
  @ApiParam(ID_OR_SLUG)
  @ApiOkResponse({ type: ProgramDto })
  @ApiProblems(404)
  getProgram(@Param('id') idOrSlug: string, @OptionalCaller() caller: Caller): Promise<ProgramView> {
    return this.programs.get(idOrSlug, caller);
  }

  @Get(':id/outline')
  @OptionalAuth()
  @ApiParam(ID_OR_SLUG)
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag from an earlier answer' })
  @ApiOkResponse({
    type: OutlineDto,
    description: 'Modules in order with their lessons',
    headers: { ETag: { description: 'Send it back in If-None-Match', schema: { type: 'string' } } },
  })
  @ApiNotModifiedResponse({ description: 'The If-None-Match ETag is current; no body' })
  @ApiProblems(404)
  async getProgramOutline(
    @Param('id') idOrSlug: string,
    @OptionalCaller() caller: Caller,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutlineView | undefined> {
    const read = await this.outlines.read(idOrSlug, caller, ifNoneMatch);
    void reply.header('etag', read.etag);
    if (read.notModified) {
      void reply.status(304);
      return undefined;
    }
    return read.outline;
  }

  @Post()
  @Roles(Role.Admin)
  @ApiBearerAuth(BEARER_AUTH)
  @ApiCreatedResponse({ type: ProgramDto })
  @ApiProblems(400, 401, 403, 409)
  createProgram(@Body() body: CreateProgramDto): Promise<ProgramView> {
    return this.programs.create(body);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @ApiBearerAuth(BEARER_AUTH)
  @ApiParam(ID_OR_SLUG)
  @ApiOkResponse({ type: ProgramDto })
  @ApiProblems(400, 401, 403, 404, 409)
  updateProgram(@Param('id') idOrSlug: string, @Body() body: UpdateProgramDto): Promise<ProgramView> {
    return this.programs.update(idOrSlug, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.Admin)
  @ApiBearerAuth(BEARER_AUTH)
  @ApiParam(ID_OR_SLUG)
  @ApiNoContentResponse({ description: 'Deleted with its modules, lessons and cohorts' })
  @ApiProblems(401, 403, 404, 409)
  deleteProgram(@Param('id') idOrSlug: string): Promise<void> {
    return this.programs.delete(idOrSlug);
  }
}
