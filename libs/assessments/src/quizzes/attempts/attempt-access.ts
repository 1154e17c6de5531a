import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type AuthUser } from '@prodev/auth';
import { mentorsLearnerInProgram } from '../../access/program-access';
import type { Attempt } from './attempt.entity';

/**
 * Its learner, a mentor of a cohort of the quiz's program the learner is in,
 * and admins may see an attempt. Pass an attempt with `quiz.module` loaded.
 */
export async function canSeeAttempt(em: EntityManager, attempt: Attempt, caller: AuthUser): Promise<boolean> {
  switch (caller.role) {
    case Role.Admin:
      return true;
    case Role.Learner:
      return attempt.learner.id === caller.id;
    case Role.Mentor:
      return mentorsLearnerInProgram(em, caller.id, attempt.learner.id, attempt.quiz.module.program.id);
  }
}
