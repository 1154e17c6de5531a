import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Role, Roles } from '@prodev/auth';
import { ModulesService, type ProgramModuleView } from '@prodev/curriculum';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { CreateModuleDto } from './dto/create-module.dto';
import { ModuleDto } from './dto/module.dto';
import { ReorderModulesDto } from './dto/reorder-modules.dto';
import { UpdateModuleDto } from './dto/update-module.dto';

const PROGRAM_ID_OR_SLUG = { name: 'id', description: 'The program’s id or slug' } as const;

@ApiTags('modules')
@ApiBearerAuth(BEARER_AUTH)
@Roles(Role.Admin)
@ApiProblems(401, 403)
@Controller()
export class ModulesController {
  constructor(private readonly modules: ModulesService) {}

  @Post('programs/:id/modules')
  @ApiParam(PROGRAM_ID_OR_SLUG)
  @ApiCreatedResponse({ type: ModuleDto })
  @ApiProblems(400, 404)
  createModule(@Param('id') programIdOrSlug: string, @Body() body: CreateModuleDto): Promise<ProgramModuleView> {
    return this.modules.create(programIdOrSlug, body);
  }

  @Put('programs/:id/modules/order')
  @ApiParam(PROGRAM_ID_OR_SLUG)
  @ApiOkResponse({ type: [ModuleDto], description: 'The program’s modules in their new order' })
  @ApiProblems(400, 404, 422)
  reorderModules(@Param('id') programIdOrSlug: string, @Body() body: ReorderModulesDto): Promise<ProgramModuleView[]> {
    return this.modules.reorder(programIdOrSlug, body.moduleIds);
  }

  @Patch('modules/:id')
  @ApiOkResponse({ type: ModuleDto })
  @ApiProblems(400, 404)
  updateModule(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateModuleDto): Promise<ProgramModuleView> {
    return this.modules.update(id, body);
  }

  @Delete('modules/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted with its lessons; later modules move up' })
  @ApiProblems(400, 404)
  deleteModule(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.modules.delete(id);
  }
}
