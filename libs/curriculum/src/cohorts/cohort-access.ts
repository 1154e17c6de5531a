import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type AuthUser } from '@prodev/auth';
import { Cohort } from './cohort.entity';
import { CohortNotFoundError, NotCohortMentorError } from './cohort.errors';

/**
 * The cohort, if the caller may look after it: admins any, mentors only their
 * own (403 otherwise); anyone else is stopped earlier by the roles guard.
 */
export async function findManagedCohort(em: EntityManager, id: string, caller: AuthUser): Promise<Cohort> {
  const cohort = await em.findOne(Cohort, { id });
  if (cohort === null) throw new CohortNotFoundError(id);
  if (caller.role === Role.Admin) return cohort;
  const mentors = await em.count(Cohort, { id, mentors: { id: caller.id } });
  if (caller.role !== Role.Mentor || mentors === 0) throw new NotCohortMentorError();
  return cohort;
}
