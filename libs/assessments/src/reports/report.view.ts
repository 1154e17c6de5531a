import type { Report } from './report.entity';
import type { ReportKind } from './report-kind';
import type { ReportStatus } from './report-status';

export interface ReportView {
  readonly id: string;
  readonly kind: ReportKind;
  readonly status: ReportStatus;
  readonly cohortId: string;
  readonly filename: string;
  readonly error: string | null;
  readonly createdAt: Date;
  readonly finishedAt: Date | null;
}

export interface ReportFile {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

export function toReportView(report: Report): ReportView {
  return {
    id: report.id,
    kind: report.kind,
    status: report.status,
    cohortId: report.cohort.id,
    filename: report.filename,
    error: report.error,
    createdAt: report.createdAt,
    finishedAt: report.finishedAt,
  };
}
