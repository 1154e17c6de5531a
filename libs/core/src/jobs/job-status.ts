export enum JobStatus {
  Pending = 'pending',
  Completed = 'completed',
  Failed = 'failed',
}
