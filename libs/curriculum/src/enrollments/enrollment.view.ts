import type { Loaded } from '@mikro-orm/core';
import type { EnrollmentStatus } from './enrollment-status';
import type { Enrollment } from './enrollment.entity';

export interface EnrollmentView {
  readonly id: string;
  readonly cohortId: string;
  readonly learnerId: string;
  readonly status: EnrollmentStatus;
  readonly enrolledAt: Date;
  readonly withdrawnAt: Date | null;
}

/** A cohort's enrollment as its mentors see it: with the learner's name and email. */
export interface CohortEnrollmentView extends EnrollmentView {
  readonly learner: { readonly id: string; readonly name: string; readonly email: string };
}

/** One of my enrollments, with what it is an enrollment in. */
export interface MyEnrollmentView extends EnrollmentView {
  readonly cohort: { readonly id: string; readonly name: string; readonly startsAt: Date; readonly endsAt: Date };
  readonly program: { readonly id: string; readonly slug: string; readonly title: string };
}

export function toEnrollmentView(enrollment: Enrollment): EnrollmentView {
  return {
    id: enrollment.id,
    cohortId: enrollment.cohort.id,
    learnerId: enrollment.learner.id,
    status: enrollment.status,
    enrolledAt: enrollment.createdAt,
    withdrawnAt: enrollment.withdrawnAt,
  };
}

export function toCohortEnrollmentView(enrollment: Loaded<Enrollment, 'learner'>): CohortEnrollmentView {
  const { learner } = enrollment;
  return { ...toEnrollmentView(enrollment), learner: { id: learner.id, name: learner.name, email: learner.email } };
}

export function toMyEnrollmentView(enrollment: Loaded<Enrollment, 'cohort' | 'cohort.program'>): MyEnrollmentView {
  const { cohort } = enrollment;
  const { program } = cohort;
  return {
    ...toEnrollmentView(enrollment),
    cohort: { id: cohort.id, name: cohort.name, startsAt: cohort.startsAt, endsAt: cohort.endsAt },
    program: { id: program.id, slug: program.slug, title: program.title },
  };
}
