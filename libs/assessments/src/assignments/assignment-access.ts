import type { Loaded } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type AuthUser } from '@prodev/auth';
import { Enrollment, EnrollmentStatus } from '@prodev/curriculum';
import { mentorsLearnerInProgram } from '../access/program-access';
import { Assignment } from './assignment.entity';
import { AssignmentNotFoundError, NotLearnersMentorError } from './assignment.errors';

export type LoadedAssignment = Loaded<Assignment, 'module'>;

/** Enrollments that still let a learner see a program's assignments (withdrawn ones do not). */
const VISIBLE_ENROLLMENT = [EnrollmentStatus.Active, EnrollmentStatus.Completed];

export async function findAssignment(em: EntityManager, id: string): Promise<LoadedAssignment> {
  const assignment = await em.findOne(Assignment, { id }, { populate: ['module'] });
  if (assignment === null) throw new AssignmentNotFoundError(id);
  return assignment;
}

export function programOf(assignment: LoadedAssignment): string {
  return assignment.module.program.id;
}

/** The learner's enrollments in the program that let them see its assignments. */
export function visibleEnrollments(em: EntityManager, learnerId: string, programId: string): Promise<Enrollment[]> {
  return em.find(Enrollment, {
    learner: learnerId,
    status: { $in: VISIBLE_ENROLLMENT },
    cohort: { program: programId },
  });
}

/** Learners see an assignment only through an enrollment in its program; mentors and admins see all. */
export async function findVisibleAssignment(
  em: EntityManager,
  id: string,
  caller: AuthUser,
): Promise<LoadedAssignment> {
  const assignment = await findAssignment(em, id);
  if (caller.role !== Role.Learner) return assignment;
  const enrollments = await visibleEnrollments(em, caller.id, programOf(assignment));
  if (enrollments.length === 0) throw new AssignmentNotFoundError(id);
  return assignment;
}

/** Admins act on any learner; a mentor only on the learners of their own cohorts in the program (403 otherwise). */
export async function assertMayActOnLearner(
  em: EntityManager,
  caller: AuthUser,
  learnerId: string,
  programId: string,
): Promise<void> {
  if (caller.role === Role.Admin) return;
  if (caller.role === Role.Mentor && (await mentorsLearnerInProgram(em, caller.id, learnerId, programId))) return;
  throw new NotLearnersMentorError();
}
