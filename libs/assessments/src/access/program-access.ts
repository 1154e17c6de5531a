import type { EntityManager } from '@mikro-orm/postgresql';
import { Enrollment, EnrollmentStatus } from '@prodev/curriculum';

/**
 * Who may see or act on whose work inside a program, asked the same way by
 * quizzes and assignments: through the learner's enrollments and the mentors
 * of those cohorts.
 */

/** Whether the mentor mentors a cohort of the program in which the learner is (or was) enrolled. */
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

/** The learners of the program's cohorts this mentor mentors (whatever their enrollment's status). */
export async function mentoredLearnerIds(em: EntityManager, mentorId: string, programId: string): Promise<string[]> {
  const enrollments = await em.find(
    Enrollment,
    { cohort: { program: programId, mentors: { id: mentorId } } },
    { fields: ['learner'] },
  );
  return [...new Set(enrollments.map((enrollment) => enrollment.learner.id))];
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
