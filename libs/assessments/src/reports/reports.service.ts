import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role, User, type AuthUser } from '@prodev/auth';
import { JobBus } from '@prodev/core';
import { findManagedCohort } from '@prodev/curriculum';
import { ExportGradebookJob } from './export-gradebook.job';
import { Report } from './report.entity';
import { ReportKind } from './report-kind';
import { ReportStatus } from './report-status';
import { ReportNotFoundError, ReportNotReadyError } from './reports.errors';
import { toReportView, type ReportFile, type ReportView } from './report.view';

@Injectable()
export class ReportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly jobs: JobBus,
  ) {}

  /** Records the report and its build job in one flush (one transaction), queued once it commits. */
  async requestGradebookExport(cohortId: string, caller: AuthUser): Promise<ReportView> {
    const cohort = await findManagedCohort(this.em, cohortId, caller);
    const report = new Report({
      kind: ReportKind.GradebookCsv,
      requestedBy: this.em.getReference(User, caller.id),
      cohort,
      filename: `gradebook-${cohort.id}-${new Date().toISOString().slice(0, 10)}.csv`,
    });
    this.em.persist(report);
    const job = this.jobs.stage(this.em, ExportGradebookJob, { reportId: report.id });
    await this.em.flush();
    await this.jobs.dispatch(job);
    return toReportView(report);
  }

  async get(id: string, caller: AuthUser): Promise<ReportView> {
    return toReportView(await this.findVisible(id, caller));
  }

  async download(id: string, caller: AuthUser): Promise<ReportFile> {
    const report = await this.findVisible(id, caller, true);
    if (report.status !== ReportStatus.Ready || report.content === null) throw new ReportNotReadyError(report.status);
    return { filename: report.filename, contentType: 'text/csv; charset=utf-8', content: report.content };
  }

  private async findVisible(id: string, caller: AuthUser, withContent = false): Promise<Report> {
    const report = await this.em.findOne(Report, { id }, withContent ? { populate: ['content'] } : {});
    if (report === null || (caller.role !== Role.Admin && report.requestedBy.id !== caller.id)) {
      throw new ReportNotFoundError(id);
    }
    return report;
  }
}
