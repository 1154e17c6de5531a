import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { ExportGradebookHandler } from '../reports/export-gradebook.handler';
import { Report } from '../reports/report.entity';
import { ReportsService } from '../reports/reports.service';
import { GradebookService } from './gradebook.service';

/** The grade book page and its CSV export (a report built by the worker). */
@Module({
  imports: [MikroOrmModule.forFeature([Report])],
  providers: [GradebookService, ReportsService, ExportGradebookHandler],
  exports: [GradebookService, ReportsService],
})
export class GradebookModule {}
