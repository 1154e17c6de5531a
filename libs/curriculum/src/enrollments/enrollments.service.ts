import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role, User, type AuthUser } from '@prodev/auth';
import { pageWindow, toOrderBy, toPage, type Page, type PageRequest } from '@prodev/core';
import { findManagedCohort } from '../cohorts/cohort-access';
import { Cohort } from '../cohorts/cohort.entity';
import { CohortNotFoundError } from '../cohorts/cohort.errors';
import { CurriculumEventsPublisher } from '../events/curriculum-events.publisher';
import { CurriculumEvents } from '../events/curriculum.events';
import { Program } from '../programs/program.entity';
import { EnrollmentStatus } from './enrollment-status';
import { Enrollment } from './enrollment.entity';
import {
  AlreadyEnrolledError,
  CohortFullError,
  EnrollmentCompletedError,
  EnrollmentForbiddenError,
  EnrollmentNotFoundError,
  NotAnActiveLearnerError,
  ProgramNotOpenError,
} from './enrollment.errors';
import {
  toCohortEnrollmentView,
  toEnrollmentView,
  toMyEnrollmentView,
  type CohortEnrollmentView,
  type EnrollmentView,
  type MyEnrollmentView,
} from './enrollment.view';

export interface ListEnrollmentsQuery extends PageRequest {
  readonly status?: EnrollmentStatus;
}

export const ENROLLMENT_SORT_FIELDS = ['enrolledAt', 'status'] as const;

function orderOf(sort: string | undefined): Record<string, 'asc' | 'desc'> {
  const order = toOrderBy(sort, ENROLLMENT_SORT_FIELDS, { enrolledAt: 'desc' });
  return Object.fromEntries(
    Object.entries(order).map(([field, dir]) => [field === 'enrolledAt' ? 'createdAt' : field, dir]),
  );
}

/** Who learns in which cohort: enrolling (capacity-safe), withdrawing and listing. */
@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: CurriculumEventsPublisher,
  ) {}

  /**
   * Enrolls `userId` (a learner: only themselves; an admin: any active learner).
   * The cohort row stays locked from the seat count to the insert, so two
   * requests for the last seat cannot both get it.
   */
  async enroll(cohortId: string, caller: AuthUser, userId?: string): Promise<EnrollmentView> {
    const learnerId = userId ?? caller.id;
    if (caller.role !== Role.Admin && learnerId !== caller.id) throw new EnrollmentForbiddenError();
    let enrollment: Enrollment;
    try {
      enrollment = await this.em.transactional(async (em) => {
        const cohort = await em.findOne(Cohort, { id: cohortId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (cohort === null) throw new CohortNotFoundError(cohortId);
        const program = await em.findOneOrFail(Program, { id: cohort.program.id });
        if (!program.published || program.archived) throw new ProgramNotOpenError();
        const learner = await em.findOne(User, { id: learnerId });
        if (learner === null || !learner.active || learner.role !== Role.Learner) {
          throw new NotAnActiveLearnerError(learnerId);
        }
        const existing = await em.findOne(Enrollment, { cohort, learner });
        if (existing !== null && existing.status !== EnrollmentStatus.Withdrawn) throw new AlreadyEnrolledError();
        const taken = await em.count(Enrollment, { cohort, status: EnrollmentStatus.Active });
        if (taken >= cohort.capacity) throw new CohortFullError(cohort.capacity);
        if (existing !== null) {
          // The (cohort, learner) pair is unique: coming back reactivates the same row.
          existing.status = EnrollmentStatus.Active;
          existing.withdrawnAt = null;
          return existing;
        }
        const created = new Enrollment(cohort, learner);
        em.persist(created);
        return created;
      });
    } catch (error) {
      // Two requests enrolling the same learner at once: the loser hits the unique constraint.
      if (error instanceof UniqueConstraintViolationException) throw new AlreadyEnrolledError();
      throw error;
    }
    this.events.publish(CurriculumEvents.EnrollmentCreated, {
      enrollmentId: enrollment.id,
      cohortId: enrollment.cohort.id,
      learnerId: enrollment.learner.id,
    });
    return toEnrollmentView(enrollment);
  }

  async listForCohort(
    cohortId: string,
    caller: AuthUser,
    query: ListEnrollmentsQuery,
  ): Promise<Page<CohortEnrollmentView>> {
    await findManagedCohort(this.em, cohortId, caller);
    const [enrollments, total] = await this.em.findAndCount(
      Enrollment,
      { cohort: cohortId, ...(query.status !== undefined ? { status: query.status } : {}) },
      { populate: ['learner'], strategy: 'joined', orderBy: orderOf(query.sort), ...pageWindow(query) },
    );
    return toPage(enrollments.map(toCohortEnrollmentView), total, query);
  }

  async listMine(caller: AuthUser, query: ListEnrollmentsQuery): Promise<Page<MyEnrollmentView>> {
    const [enrollments, total] = await this.em.findAndCount(
      Enrollment,
      { learner: caller.id, ...(query.status !== undefined ? { status: query.status } : {}) },
      {
        populate: ['cohort', 'cohort.program'],
        strategy: 'joined',
        orderBy: orderOf(query.sort),
        ...pageWindow(query),
      },
    );
    return toPage(enrollments.map(toMyEnrollmentView), total, query);
  }

  /** Marks the enrollment withdrawn (the row stays as history). Withdrawing twice is a no-op. */
  async withdraw(id: string, caller: AuthUser): Promise<void> {
    const enrollment = await this.em.findOne(Enrollment, { id });
    if (enrollment === null) throw new EnrollmentNotFoundError(id);
    if (caller.role !== Role.Admin && enrollment.learner.id !== caller.id) {
      throw new EnrollmentForbiddenError('Only the enrolled learner or an admin may withdraw this enrollment');
    }
    if (enrollment.status === EnrollmentStatus.Withdrawn) return;
    if (enrollment.status === EnrollmentStatus.Completed) throw new EnrollmentCompletedError();
    enrollment.status = EnrollmentStatus.Withdrawn;
    enrollment.withdrawnAt = new Date();
    await this.em.flush();
    this.events.publish(CurriculumEvents.EnrollmentWithdrawn, {
      enrollmentId: enrollment.id,
      cohortId: enrollment.cohort.id,
      learnerId: enrollment.learner.id,
    });
  }
}
