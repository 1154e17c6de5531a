import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { CURRICULUM_ENTITIES } from './curriculum-entities';
import { CurriculumSeeder } from './seed/curriculum-seeder.service';
import { OutlineCache } from './outline/outline-cache.service';
import { OutlineLoader } from './outline/outline-loader';
import { OutlineService } from './outline/outline.service';
import { ProgramsService } from './programs/programs.service';
import { ModulesService } from './modules/modules.service';
import { LessonsService } from './lessons/lessons.service';
import { CohortsService } from './cohorts/cohorts.service';
import { CurriculumEventsPublisher } from './events/curriculum-events.publisher';
import { EnrollmentsService } from './enrollments/enrollments.service';
import { CompletionsService } from './progress/completions.service';
import { ProgressService } from './progress/progress.service';

/** Programs, modules, lessons, cohorts, enrollments and progress. */
@Module({
  imports: [MikroOrmModule.forFeature(CURRICULUM_ENTITIES)],
  providers: [
    ProgramsService,
    ModulesService,
    LessonsService,
    OutlineCache,
    OutlineLoader,
    OutlineService,
    CohortsService,
    CurriculumEventsPublisher,
    CurriculumSeeder,
    EnrollmentsService,
    CompletionsService,
    ProgressService,
  ],
  exports: [
    ProgramsService,
    ModulesService,
    LessonsService,
    OutlineService,
    CohortsService,
    CurriculumSeeder,
    EnrollmentsService,
    CompletionsService,
    ProgressService,
  ],
})
export class CurriculumModule {}
