/** One choice of a choice question, stored in the question's `options` jsonb with whether it is right. */
export interface QuestionOption {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
}
