import type { AttemptAnswer } from '../attempts/attempt-answer';
import { QuestionType } from '../quiz-enums';
import { NO_POINTS, type GradableQuestion, type QuestionScore } from './answer-key';
import { gradeMultipleChoice, gradeSingleChoice } from './grade-choice';
import { gradeNumeric } from './grade-numeric';
import { gradeShortAnswer } from './grade-short-answer';

/** Scores one answer (absent when the learner skipped the question) against the question's key. */
export function gradeQuestion(question: GradableQuestion, answer: AttemptAnswer | undefined): QuestionScore {
  if (answer === undefined) return NO_POINTS;
  switch (question.type) {
    case QuestionType.SingleChoice:
    case QuestionType.TrueFalse:
      return gradeSingleChoice(question, answer.optionIds);
    case QuestionType.MultipleChoice:
      return gradeMultipleChoice(question, answer.optionIds);
    case QuestionType.ShortAnswer:
      return gradeShortAnswer(question, answer.text);
    case QuestionType.Numeric:
      return gradeNumeric(question, answer.value);
  }
}
