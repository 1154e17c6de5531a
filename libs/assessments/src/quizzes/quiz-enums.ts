/** How a learner's quiz grade is derived from their graded attempts. */
export enum GradingMethod {
  Highest = 'highest',
  Latest = 'latest',
  Average = 'average',
  First = 'first',
}

export enum QuestionType {
  SingleChoice = 'single_choice',
  MultipleChoice = 'multiple_choice',
  TrueFalse = 'true_false',
  ShortAnswer = 'short_answer',
  Numeric = 'numeric',
}

/** Multiple choice: full points only for the exact set, or a share per right pick minus wrong picks. */
export enum MultipleChoiceScoring {
  AllOrNothing = 'all_or_nothing',
  Partial = 'partial',
}

export enum AttemptStatus {
  InProgress = 'in_progress',
  Submitted = 'submitted',
  Graded = 'graded',
}
