import { Module } from '@nestjs/common';
import { AssessmentsModule } from '@prodev/assessments';
import { GradesController } from '../grades/grades.controller';
import { GradebookController } from './gradebook.controller';
import { ReportsController } from './reports.controller';

@Module({
  imports: [AssessmentsModule],
  controllers: [GradebookController, GradesController, ReportsController],
})
export class GradebookHttpModule {}
