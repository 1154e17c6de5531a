export enum AssessmentKind {
  Quiz = 'quiz',
  Assignment = 'assignment',
}
