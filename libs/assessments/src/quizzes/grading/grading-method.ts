import { GradingMethod } from '../quiz-enums';
import { roundPoints } from './answer-key';

export interface GradedAttemptScore {
  readonly attemptNumber: number;
  readonly score: number;
  readonly maxScore: number;
}

export interface QuizGrade {
  readonly points: number;
  readonly maxPoints: number;
}

function ratio(attempt: GradedAttemptScore): number {
  return attempt.maxScore === 0 ? 0 : attempt.score / attempt.maxScore;
}

/**
 * The learner's quiz grade from their graded attempts, by the quiz's method;
 * null before any attempt is graded. Highest compares percentages (questions
 * may have changed between attempts) and keeps the earlier attempt on a tie.
 */
export function quizGrade(method: GradingMethod, attempts: readonly GradedAttemptScore[]): QuizGrade | null {
  if (attempts.length === 0) return null;
  const byNumber = [...attempts].sort((a, b) => a.attemptNumber - b.attemptNumber);
  const pick = (attempt: GradedAttemptScore): QuizGrade => ({ points: attempt.score, maxPoints: attempt.maxScore });
  switch (method) {
    case GradingMethod.First:
      return pick(byNumber[0]);
    case GradingMethod.Latest:
      return pick(byNumber[byNumber.length - 1]);
    case GradingMethod.Highest:
      return pick(byNumber.reduce((best, attempt) => (ratio(attempt) > ratio(best) ? attempt : best)));
    case GradingMethod.Average: {
      const mean = (values: number[]): number => roundPoints(values.reduce((a, b) => a + b, 0) / values.length);
      return { points: mean(byNumber.map((a) => a.score)), maxPoints: mean(byNumber.map((a) => a.maxScore)) };
    }
  }
}
