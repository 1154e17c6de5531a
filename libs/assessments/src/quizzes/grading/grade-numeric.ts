import { NO_POINTS, type GradableQuestion, type QuestionScore } from './answer-key';

// Binary floating point: 0.1 + 0.2 is 0.30000000000000004, which must still be within a 0.1 ± 0.2 edge.
const EPSILON = 1e-9;

/** Right when |value − expected| ≤ tolerance (inclusive at the edge). */
export function gradeNumeric(question: GradableQuestion, value: number | undefined): QuestionScore {
  if (value === undefined || !Number.isFinite(value) || question.correctValue === null) return NO_POINTS;
  const tolerance = question.tolerance ?? 0;
  const slack = EPSILON * Math.max(1, Math.abs(question.correctValue), tolerance);
  const within = Math.abs(value - question.correctValue) <= tolerance + slack;
  return within ? { points: question.points, correct: true } : NO_POINTS;
}
