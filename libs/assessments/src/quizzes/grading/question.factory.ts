import { MultipleChoiceScoring, QuestionType } from '../quiz-enums';
import type { GradableQuestion } from './answer-key';

/** A question for grading specs: options a (right), b (right), c, d unless overridden. */
export function aQuestion(overrides: Partial<GradableQuestion> = {}): GradableQuestion {
  return {
    id: 'q1',
    type: QuestionType.MultipleChoice,
    points: 4,
    options: [
      { id: 'a', text: 'A', correct: true },
      { id: 'b', text: 'B', correct: true },
      { id: 'c', text: 'C', correct: false },
      { id: 'd', text: 'D', correct: false },
    ],
    multipleChoiceScoring: MultipleChoiceScoring.AllOrNothing,
    acceptedAnswers: [],
    answerPattern: null,
    correctValue: null,
    tolerance: null,
    ...overrides,
  };
}

export const singleChoice = (overrides: Partial<GradableQuestion> = {}): GradableQuestion =>
  aQuestion({
    type: QuestionType.SingleChoice,
    options: [
      { id: 'a', text: 'A', correct: false },
      { id: 'b', text: 'B', correct: true },
      { id: 'c', text: 'C', correct: false },
    ],
    ...overrides,
  });
