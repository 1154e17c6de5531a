import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@prodev/auth';
import { CohortsService, type CohortView } from '@prodev/curriculum';
import { ApiProblems } from '../../http/api-problems.decorator';
import { BEARER_AUTH } from '../../http/openapi';
import { CohortDto } from './dto/cohort.dto';
import { CreateCohortDto } from './dto/create-cohort.dto';
import { SetCohortMentorsDto } from './dto/set-cohort-mentors.dto';

@ApiTags('cohorts')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@Controller()
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Post('programs/:id/cohorts')
  @Roles(Role.Admin)
  @ApiParam({ name: 'id', description: 'Program id or slug' })
  @ApiCreatedResponse({ type: CohortDto })
  @ApiProblems(400, 403, 404)
  createCohort(@Param('id') programId: string, @Body() body: CreateCohortDto): Promise<CohortView> {
    return this.cohorts.create(programId, body);
  }

  @Get('cohorts/:id')
  @ApiOkResponse({ type: CohortDto })
  @ApiProblems(400, 404)
  getCohort(@Param('id', ParseUUIDPipe) id: string): Promise<CohortView> {
    return this.cohorts.get(id);
  }

  @Put('cohorts/:id/mentors')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: CohortDto, description: 'The cohort with its new mentors' })
  @ApiProblems(400, 403, 404, 422)
  setCohortMentors(@Param('id', ParseUUIDPipe) id: string, @Body() body: SetCohortMentorsDto): Promise<CohortView> {
    return this.cohorts.setMentors(id, body.mentorIds);
  }
}
