// Public surface of @prodev/assessments. Apps import this library only through this file.
export { AssessmentsModule } from './assessments.module';
export { AssessmentKind } from './grades/assessment-kind';
export { GradeSource } from './grades/grade-source';
export { Grade } from './grades/grade.entity';
export { GradeAuditEntry } from './grades/grade-audit-entry.entity';
export { GradesService, type RecordGradeInput } from './grades/grades.service';
export {
  AssessmentsEvents,
  type AssessmentsEventName,
  type AssessmentsEventPayloads,
  type SubmissionReviewedEvent,
} from './events/assessments.events';
export { Assignment } from './assignments/assignment.entity';
export { AssignmentExtension } from './assignments/assignment-extension.entity';
export { Review } from './assignments/review.entity';
export { Submission } from './assignments/submission.entity';
export { SubmissionStatus } from './assignments/submission-status';
export type { LatePolicy } from './assignments/late-penalty';
export type { CriterionScore, RubricCriterion } from './assignments/rubric';
export { AssignmentsService, type CreateAssignmentInput } from './assignments/assignments.service';
export type { AssignmentView } from './assignments/assignment.view';
export {
  SUBMISSION_SORT_FIELDS,
  SubmissionsService,
  type ListSubmissionsQuery,
  type SubmitInput,
} from './assignments/submissions.service';
export type { ReviewableSubmissionView, SubmissionView } from './assignments/submission.view';
export { ReviewsService, type ReviewInput } from './assignments/reviews.service';
export type { ReviewView } from './assignments/review.view';
export { AssignmentExtensionsService, type GrantExtensionInput } from './assignments/assignment-extensions.service';
export type { AssignmentExtensionView } from './assignments/assignment-extension.view';
