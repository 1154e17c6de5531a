import { MultipleChoiceScoring } from '../quiz-enums';
import { NO_POINTS, roundPoints, type GradableQuestion, type QuestionScore } from './answer-key';

function correctIds(question: GradableQuestion): Set<string> {
  return new Set(question.options.filter((option) => option.correct).map((option) => option.id));
}

/** Single choice and true/false: exactly one pick, and it is the right one. */
export function gradeSingleChoice(question: GradableQuestion, optionIds: readonly string[] = []): QuestionScore {
  const picked = new Set(optionIds);
  if (picked.size !== 1) return NO_POINTS;
  const [only] = picked;
  return only !== undefined && correctIds(question).has(only) ? { points: question.points, correct: true } : NO_POINTS;
}

/**
 * Multiple choice. All-or-nothing: the picked set equals the right set.
 * Partial: each right pick earns points / (number of right options), each
 * wrong pick (unknown ids included, so picking everything never pays) takes
 * as much back, never below zero.
 */
export function gradeMultipleChoice(question: GradableQuestion, optionIds: readonly string[] = []): QuestionScore {
  const right = correctIds(question);
  const picked = new Set(optionIds);
  if (right.size === 0 || picked.size === 0) return NO_POINTS;
  const hits = [...picked].filter((id) => right.has(id)).length;
  const misses = picked.size - hits;
  const exact = hits === right.size && misses === 0;
  if (exact) return { points: question.points, correct: true };
  if (question.multipleChoiceScoring === MultipleChoiceScoring.AllOrNothing) return NO_POINTS;
  const share = Math.max(0, hits - misses) / right.size;
  return { points: roundPoints(question.points * share), correct: false };
}
