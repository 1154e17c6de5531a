import { Module } from '@nestjs/common';
import { CurriculumModule } from '@prodev/curriculum';

/** REST controllers of the curriculum (programs, modules, lessons, cohorts, enrollments, progress). */
@Module({
  imports: [CurriculumModule],
  controllers: [],
})
export class CurriculumHttpModule {}
