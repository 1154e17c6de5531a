import type { AttemptStatus } from '../quiz-enums';
import type { LearnerQuestionView } from '../questions/question.view';
import type { QuestionFeedback } from './attempt-answer';
import type { Attempt } from './attempt.entity';

export interface AttemptAnswerView {
  readonly questionId: string;
  readonly optionIds?: string[];
  readonly text?: string;
  readonly value?: number;
}

/** An attempt in a list: its state and result, without questions or answers. */
export interface AttemptSummaryView {
  readonly id: string;
  readonly quizId: string;
  readonly learnerId: string;
  readonly attemptNumber: number;
  readonly status: AttemptStatus;
  readonly startedAt: Date;
  readonly deadline: Date | null;
  readonly submittedAt: Date | null;
  readonly gradedAt: Date | null;
  readonly score: number | null;
  readonly maxScore: number | null;
  readonly percent: number | null;
  readonly passed: boolean | null;
}

/** One attempt in full: its questions (never their keys) in the order shown, the answers and, once graded, feedback. */
export interface AttemptView extends AttemptSummaryView {
  readonly questions: LearnerQuestionView[];
  readonly answers: AttemptAnswerView[];
  readonly feedback: QuestionFeedback[] | null;
}

export interface SubmittedAttemptView {
  readonly id: string;
  readonly status: AttemptStatus;
}

export function toAttemptSummaryView(attempt: Attempt): AttemptSummaryView {
  return {
    id: attempt.id,
    quizId: attempt.quiz.id,
    learnerId: attempt.learner.id,
    attemptNumber: attempt.attemptNumber,
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    submittedAt: attempt.submittedAt,
    gradedAt: attempt.gradedAt,
    score: attempt.score,
    maxScore: attempt.maxScore,
    percent: attempt.percent,
    passed: attempt.passed,
  };
}

export function toAttemptView(attempt: Attempt, questions: readonly LearnerQuestionView[]): AttemptView {
  return {
    ...toAttemptSummaryView(attempt),
    questions: [...questions],
    answers: Object.entries(attempt.answers).map(([questionId, answer]) => ({
      questionId,
      ...(answer.optionIds !== undefined ? { optionIds: [...answer.optionIds] } : {}),
      ...(answer.text !== undefined ? { text: answer.text } : {}),
      ...(answer.value !== undefined ? { value: answer.value } : {}),
    })),
    feedback: attempt.feedback,
  };
}
