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
export type {
  MySubmissionView,
  ReviewableSubmissionView,
  SubmissionReviewSummary,
  SubmissionView,
} from './assignments/submission.view';
export { ReviewsService, type ReviewInput } from './assignments/reviews.service';
export type { ReviewView } from './assignments/review.view';
export { AssignmentExtensionsService, type GrantExtensionInput } from './assignments/assignment-extensions.service';
export type { AssignmentExtensionView } from './assignments/assignment-extension.view';
export {
  MY_SUBMISSION_SORT_FIELDS,
  MySubmissionsService,
  type ListMySubmissionsQuery,
} from './assignments/my-submissions.service';
export { QuizzesModule } from './quizzes/quizzes.module';
export { AttemptStatus, GradingMethod, MultipleChoiceScoring, QuestionType } from './quizzes/quiz-enums';
export { Quiz } from './quizzes/quiz.entity';
export { Question } from './quizzes/questions/question.entity';
export { Attempt } from './quizzes/attempts/attempt.entity';
export { QuizExtension } from './quizzes/extensions/quiz-extension.entity';
export { QuizzesService, type CreateQuizInput, type UpdateQuizInput } from './quizzes/quizzes.service';
export { QuizAudience, type LearnerQuizView, type QuizSettingsView, type QuizView } from './quizzes/quiz.view';
export {
  QuestionsService,
  type CreateQuestionInput,
  type QuestionOptionInput,
  type UpdateQuestionInput,
} from './quizzes/questions/questions.service';
export type { LearnerQuestionView, QuestionView } from './quizzes/questions/question.view';
export { ATTEMPT_SORT_FIELDS, AttemptsService, type AnswerInput } from './quizzes/attempts/attempts.service';
export { AttemptSubmissionService } from './quizzes/attempts/attempt-submission.service';
export type { QuestionFeedback } from './quizzes/attempts/attempt-answer';
export type {
  AttemptAnswerView,
  AttemptSummaryView,
  AttemptView,
  SubmittedAttemptView,
} from './quizzes/attempts/attempt.view';
export { QuizExtensionsService, type GrantQuizExtensionInput } from './quizzes/extensions/quiz-extensions.service';
export type { QuizExtensionView } from './quizzes/extensions/quiz-extension.view';
export { AutoSubmitAttemptJob, GradeAttemptJob } from './quizzes/jobs/quiz.jobs';
export { GradebookService } from './gradebook/gradebook.service';
export type { GradebookAssessment, GradebookCell, GradebookPage, GradebookRow } from './gradebook/gradebook.view';
export { ReportsService } from './reports/reports.service';
export { ReportKind } from './reports/report-kind';
export { ReportStatus } from './reports/report-status';
export { ReportNotFoundError, ReportNotReadyError } from './reports/reports.errors';
export type { ReportFile, ReportView } from './reports/report.view';
export { LeaderboardService } from './leaderboard/leaderboard.service';
export { NotInCohortError } from './leaderboard/leaderboard.errors';
export type { Leaderboard, LeaderboardEntry } from './leaderboard/leaderboard.view';
export { MyGradesService } from './grades/my-grades.service';
export type { MyGradeView } from './grades/my-grade.view';
