import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobContext, type JobHandler } from '@prodev/core';
import { toGradebookCsv } from '../gradebook/gradebook-csv';
import { queryGradebook } from '../gradebook/gradebook.query';
import { ExportGradebookJob, type ExportGradebookJobPayload } from './export-gradebook.job';
import { Report } from './report.entity';
import { ReportStatus } from './report-status';

/** Builds a cohort's grade book CSV from the same statement the grade book page uses, so the two always agree. */
@Injectable()
@HandlesJob(ExportGradebookJob)
export class ExportGradebookHandler implements JobHandler<'reports.export-gradebook'> {
  constructor(private readonly em: EntityManager) {}

  async handle({ reportId }: ExportGradebookJobPayload, { attempt }: JobContext): Promise<void> {
    await this.em.transactional(async (em) => {
      // Locked and re-checked: a redelivered job finds the report ready and leaves it alone.
      const report = await em.findOne(Report, { id: reportId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (report === null || report.status !== ReportStatus.Pending) return;
      try {
        const slice = await queryGradebook(em, report.cohort.id, { limit: null, offset: 0 });
        report.content = toGradebookCsv(slice);
        report.status = ReportStatus.Ready;
      } catch (error) {
        // The last attempt leaves the report failed, so its requester sees why instead of waiting forever.
        if (attempt < ExportGradebookJob.attempts) throw error;
        report.status = ReportStatus.Failed;
        report.error = error instanceof Error ? error.message : String(error);
      }
      report.finishedAt = new Date();
    });
  }
}
