import type { QuizExtension } from './quiz-extension.entity';

export interface QuizExtensionView {
  readonly id: string;
  readonly quizId: string;
  readonly learnerId: string;
  readonly extraAttempts: number;
  readonly extraTimeSeconds: number;
  readonly reason: string;
  readonly grantedById: string | null;
  readonly updatedAt: Date;
}

export function toQuizExtensionView(extension: QuizExtension): QuizExtensionView {
  return {
    id: extension.id,
    quizId: extension.quiz.id,
    learnerId: extension.learner.id,
    extraAttempts: extension.extraAttempts,
    extraTimeSeconds: extension.extraTimeSeconds,
    reason: extension.reason,
    grantedById: extension.grantedBy?.id ?? null,
    updatedAt: extension.updatedAt,
  };
}
