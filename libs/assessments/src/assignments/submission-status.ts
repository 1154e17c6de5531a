export enum SubmissionStatus {
  Ungraded = 'ungraded',
  Graded = 'graded',
}
