export enum EnrollmentStatus {
  Active = 'active',
  Withdrawn = 'withdrawn',
  Completed = 'completed',
}
