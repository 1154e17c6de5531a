/** What wrote a grade: the audit log says why a number changed. */
export enum GradeSource {
  AutoGrading = 'auto_grading',
  Review = 'review',
  Regrade = 'regrade',
}
