import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type AuthUser } from '@prodev/auth';
import { Cohort, Enrollment, EnrollmentStatus } from '@prodev/curriculum';
import { NotQuizAuthorError } from './quiz.errors';

/** Admins manage every quiz; a mentor, the quizzes of programs where they mentor a cohort. */
export async function assertCanManageQuizzes(em: EntityManager, programId: string, caller: AuthUser): Promise<void> {
  if (caller.role === Role.Admin) return;
  const mentored =
    caller.role === Role.Mentor ? await em.count(Cohort, { program: programId, mentors: { id: caller.id } }) : 0;
  if (mentored === 0) throw new NotQuizAuthorError();
}

/** Whether the caller mentors a cohort of the program in which the learner is (or was) enrolled. */
export async function mentorsLearnerInProgram(
  em: EntityManager,
  mentorId: string,
  learnerId: string,
  programId: string,
): Promise<boolean> {
  const shared = await em.count(Enrollment, {
    learner: learnerId,
    cohort: { program: programId, mentors: { id: mentorId } },
  });
  return shared > 0;
}

export async function isActiveLearnerOfProgram(
  em: EntityManager,
  learnerId: string,
  programId: string,
): Promise<boolean> {
  const active = await em.count(Enrollment, {
    learner: learnerId,
    status: EnrollmentStatus.Active,
    cohort: { program: programId },
  });
  return active > 0;
}
