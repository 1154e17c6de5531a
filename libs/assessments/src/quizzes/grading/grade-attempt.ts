import type { AttemptAnswer, QuestionFeedback } from '../attempts/attempt-answer';
import { roundPoints, type GradableQuestion } from './answer-key';
import { gradeQuestion } from './grade-question';

export interface AttemptResult {
  readonly score: number;
  readonly maxScore: number;
  readonly percent: number;
  readonly passed: boolean;
  readonly feedback: QuestionFeedback[];
}

/**
 * Grades the attempt's questions (in its order) against its answers. An empty
 * quiz scores 0 of 0, which is 0 percent: nothing was shown to be known.
 */
export function gradeAttempt(
  questions: readonly GradableQuestion[],
  answers: Readonly<Record<string, AttemptAnswer>>,
  passingScore: number,
): AttemptResult {
  const feedback = questions.map((question) => {
    const { points, correct } = gradeQuestion(question, answers[question.id]);
    return { questionId: question.id, points, maxPoints: question.points, correct };
  });
  const score = roundPoints(feedback.reduce((sum, item) => sum + item.points, 0));
  const maxScore = roundPoints(feedback.reduce((sum, item) => sum + item.maxPoints, 0));
  const percent = maxScore === 0 ? 0 : roundPoints((score / maxScore) * 100);
  return { score, maxScore, percent, passed: maxScore > 0 && percent >= passingScore, feedback };
}
