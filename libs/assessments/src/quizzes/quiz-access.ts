import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type AuthUser } from '@prodev/auth';
import { Cohort } from '@prodev/curriculum';
import { NotQuizAuthorError } from './quiz.errors';

/** Admins manage every quiz; a mentor, the quizzes of programs where they mentor a cohort. */
export async function assertCanManageQuizzes(em: EntityManager, programId: string, caller: AuthUser): Promise<void> {
  if (caller.role === Role.Admin) return;
  const mentored =
    caller.role === Role.Mentor ? await em.count(Cohort, { program: programId, mentors: { id: caller.id } }) : 0;
  if (mentored === 0) throw new NotQuizAuthorError();
}
