import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role, User, type AuthUser } from '@prodev/auth';
import { Enrollment } from '@prodev/curriculum';
import { mentorsLearnerInProgram } from '../../access/program-access';
import { Quiz } from '../quiz.entity';
import { QuizNotFoundError } from '../quiz.errors';
import { ExtensionForbiddenError, NotAProgramLearnerError } from './extension.errors';
import { QuizExtension } from './quiz-extension.entity';
import { toQuizExtensionView, type QuizExtensionView } from './quiz-extension.view';

export interface GrantQuizExtensionInput {
  readonly learnerId: string;
  readonly extraAttempts?: number;
  readonly extraTimeSeconds?: number;
  readonly reason: string;
}

/** Per-learner overrides of a quiz's attempt count and time limit; they win over the quiz's own settings. */
@Injectable()
export class QuizExtensionsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Sets the learner's override (a new grant replaces the previous one). Extra
   * time applies to attempts started from now on: a running clock is not moved.
   */
  async grant(quizId: string, input: GrantQuizExtensionInput, caller: AuthUser): Promise<QuizExtensionView> {
    const quiz = await this.em.findOne(Quiz, { id: quizId }, { populate: ['module'] });
    if (quiz === null) throw new QuizNotFoundError(quizId);
    const programId = quiz.module.program.id;
    const enrolled = await this.em.count(Enrollment, { learner: input.learnerId, cohort: { program: programId } });
    if (
      caller.role === Role.Mentor &&
      !(await mentorsLearnerInProgram(this.em, caller.id, input.learnerId, programId))
    ) {
      throw new ExtensionForbiddenError();
    }
    if (enrolled === 0) throw new NotAProgramLearnerError(input.learnerId);
    const values = {
      extraAttempts: input.extraAttempts ?? 0,
      extraTimeSeconds: input.extraTimeSeconds ?? 0,
      reason: input.reason,
      grantedBy: this.em.getReference(User, caller.id),
    };
    const existing = await this.em.findOne(QuizExtension, { quiz, learner: input.learnerId });
    const extension =
      existing === null
        ? new QuizExtension({ quiz, learner: this.em.getReference(User, input.learnerId), ...values })
        : Object.assign(existing, values);
    try {
      await this.em.persistAndFlush(extension);
    } catch (error) {
      // Two first grants at once: the unique (quiz, learner) pair keeps one; the loser replaces it, as a later grant would.
      if (!(error instanceof UniqueConstraintViolationException) || existing !== null) throw error;
      this.em.clear();
      return this.grant(quizId, input, caller);
    }
    return toQuizExtensionView(extension);
  }
}
