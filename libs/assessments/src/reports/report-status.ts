export enum ReportStatus {
  Pending = 'pending',
  Ready = 'ready',
  Failed = 'failed',
}
