import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { CURRICULUM_ENTITIES } from './curriculum-entities';

/** Programs, modules, lessons, cohorts, enrollments and progress. */
@Module({
  imports: [MikroOrmModule.forFeature(CURRICULUM_ENTITIES)],
  providers: [],
  exports: [],
})
export class CurriculumModule {}
