/** What a learner answered to one question; which field counts depends on the question's type. */
export interface AttemptAnswer {
  readonly optionIds?: readonly string[];
  readonly text?: string;
  readonly value?: number;
}

/** Per-question outcome once graded; says right or wrong, never what the key was. */
export interface QuestionFeedback {
  readonly questionId: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly correct: boolean;
}
