import { Module } from '@nestjs/common';
import { CurriculumModule } from '@prodev/curriculum';
import { CohortsController } from './cohorts/cohorts.controller';
import { ProgramsController } from './programs/programs.controller';
import { ModulesController } from './modules/modules.controller';
import { LessonsController } from './lessons/lessons.controller';
import { EnrollmentsController } from './enrollments/enrollments.controller';
import { CompletionsController } from './progress/completions.controller';
import { ProgressController } from './progress/progress.controller';

/** REST controllers of the curriculum (programs, modules, lessons, cohorts, enrollments, progress). */
@Module({
  imports: [CurriculumModule],
  controllers: [
    ProgramsController,
    ModulesController,
    LessonsController,
    CohortsController,
    EnrollmentsController,
    CompletionsController,
    ProgressController,
  ],
})
export class CurriculumHttpModule {}
