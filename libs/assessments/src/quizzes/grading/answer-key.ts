import type { MultipleChoiceScoring, QuestionType } from '../quiz-enums';
import type { QuestionOption } from '../questions/question-option';

/** What grading needs of a question: its type, worth and key; the entity satisfies it. */
export interface GradableQuestion {
  readonly id: string;
  readonly type: QuestionType;
  readonly points: number;
  readonly options: readonly QuestionOption[];
  readonly multipleChoiceScoring: MultipleChoiceScoring;
  readonly acceptedAnswers: readonly string[];
  readonly answerPattern: string | null;
  readonly correctValue: number | null;
  readonly tolerance: number | null;
}

/** Points earned on one question, and whether it was fully right. */
export interface QuestionScore {
  readonly points: number;
  readonly correct: boolean;
}

export const NO_POINTS: QuestionScore = { points: 0, correct: false };

/** Scores keep two decimals, like the columns that store them. */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}
