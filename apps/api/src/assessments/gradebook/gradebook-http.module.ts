import { Module } from '@nestjs/common';
import { AssessmentsModule } from '@prodev/assessments';
import { GradebookController } from './gradebook.controller';
import { ReportsController } from './reports.controller';

@Module({
  imports: [AssessmentsModule],
  controllers: [GradebookController, ReportsController],
})
export class GradebookHttpModule {}
