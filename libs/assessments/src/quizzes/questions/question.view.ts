import { QuestionType, type MultipleChoiceScoring } from '../quiz-enums';
import type { Question } from './question.entity';

/** A question as a learner sees it: the choices, never which are right. */
export interface LearnerQuestionView {
  readonly id: string;
  readonly type: QuestionType;
  readonly prompt: string;
  readonly points: number;
  readonly position: number;
  readonly options: { readonly id: string; readonly text: string }[];
  readonly multipleChoiceScoring: MultipleChoiceScoring | null;
}

/** A question with its key, for admins and mentors. */
export interface QuestionView extends Omit<LearnerQuestionView, 'options'> {
  readonly quizId: string;
  readonly options: { readonly id: string; readonly text: string; readonly correct: boolean }[];
  readonly acceptedAnswers: string[];
  readonly answerPattern: string | null;
  readonly correctValue: number | null;
  readonly tolerance: number | null;
}

function scoringOf(question: Question): MultipleChoiceScoring | null {
  return question.type === QuestionType.MultipleChoice ? question.multipleChoiceScoring : null;
}

// Built field by field (never spread from the entity) so no key can slip into a learner's JSON.
export function toLearnerQuestionView(question: Question): LearnerQuestionView {
  return {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    position: question.position,
    options: question.options.map((option) => ({ id: option.id, text: option.text })),
    multipleChoiceScoring: scoringOf(question),
  };
}

export function toQuestionView(question: Question): QuestionView {
  return {
    id: question.id,
    quizId: question.quiz.id,
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    position: question.position,
    options: question.options.map((option) => ({ id: option.id, text: option.text, correct: option.correct })),
    multipleChoiceScoring: scoringOf(question),
    acceptedAnswers: [...question.acceptedAnswers],
    answerPattern: question.answerPattern,
    correctValue: question.correctValue,
    tolerance: question.tolerance,
  };
}
