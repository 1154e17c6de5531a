export enum NotificationKind {
  Welcome = 'welcome',
  EnrollmentConfirmed = 'enrollment-confirmed',
  SubmissionReviewed = 'submission-reviewed',
}
