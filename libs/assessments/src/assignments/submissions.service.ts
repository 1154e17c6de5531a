import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role, User, type AuthUser } from '@prodev/auth';
import { Enrollment, EnrollmentStatus } from '@prodev/curriculum';
import { pageWindow, toOrderBy, toPage, type Page, type PageRequest } from '@prodev/core';
import { mentoredLearnerIds } from '../access/program-access';
import { findAssignment, findVisibleAssignment, programOf } from './assignment-access';
import { AssignmentExtension } from './assignment-extension.entity';
import {
  NotActiveLearnerError,
  NotLearnersMentorError,
  SubmissionTooLateError,
  SubmissionVersionConflictError,
} from './assignment.errors';
import { assessLateness } from './late-penalty';
import { Submission } from './submission.entity';
import type { SubmissionStatus } from './submission-status';
import {
  toReviewableSubmissionView,
  toSubmissionView,
  type ReviewableSubmissionView,
  type SubmissionView,
} from './submission.view';

export interface SubmitInput {
  readonly repositoryUrl: string;
  readonly commitSha?: string;
  readonly notes?: string;
}

export interface ListSubmissionsQuery extends PageRequest {
  readonly status?: SubmissionStatus;
}

export const SUBMISSION_SORT_FIELDS = ['submittedAt', 'version'] as const;

/** Learners hand in work (each time a new version); mentors list what their learners handed in. */
@Injectable()
export class SubmissionsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * The learner's active enrollment row stays locked from reading the last
   * version to the insert, so two submissions at once get consecutive versions.
   */
  async submit(assignmentId: string, input: SubmitInput, caller: AuthUser): Promise<SubmissionView> {
    const submittedAt = new Date();
    try {
      return await this.em.transactional(async (em) => {
        const assignment = await findVisibleAssignment(em, assignmentId, caller);
        const enrollment = await em.findOne(Enrollment, {
          learner: caller.id,
          status: EnrollmentStatus.Active,
          cohort: { program: programOf(assignment) },
        });
        if (enrollment === null) throw new NotActiveLearnerError();
        // Locked apart from the join above: FOR UPDATE refuses the nullable side of an outer join.
        await em.lock(enrollment, LockMode.PESSIMISTIC_WRITE);
        const extension = await em.findOne(AssignmentExtension, { assignment, learner: caller.id });
        const dueAt = extension?.dueAt ?? assignment.dueAt;
        const lateness = assessLateness(dueAt, submittedAt, assignment.latePolicy);
        if (!lateness.accepted) throw new SubmissionTooLateError(lateness.lateDays, assignment.maxLateDays);
        const last = await em.findOne(
          Submission,
          { assignment, learner: caller.id },
          { orderBy: { version: 'desc' }, fields: ['version'] },
        );
        const submission = new Submission({
          assignment,
          learner: em.getReference(User, caller.id),
          version: (last?.version ?? 0) + 1,
          repositoryUrl: input.repositoryUrl,
          commitSha: input.commitSha?.toLowerCase() ?? null,
          notes: input.notes ?? null,
          submittedAt,
          lateDays: lateness.lateDays,
        });
        em.persist(submission);
        return toSubmissionView(submission);
      });
    } catch (error) {
      // Only reachable if the lock was bypassed (two active enrollments in the program's cohorts).
      if (error instanceof UniqueConstraintViolationException) throw new SubmissionVersionConflictError();
      throw error;
    }
  }

  /** Every version, newest first; a mentor sees only the learners of the program's cohorts they mentor. */
  async listForAssignment(
    assignmentId: string,
    caller: AuthUser,
    query: ListSubmissionsQuery,
  ): Promise<Page<ReviewableSubmissionView>> {
    const assignment = await findAssignment(this.em, assignmentId);
    let learnerFilter = {};
    if (caller.role !== Role.Admin) {
      const learnerIds = await mentoredLearnerIds(this.em, caller.id, programOf(assignment));
      if (learnerIds.length === 0) throw new NotLearnersMentorError();
      learnerFilter = { learner: { $in: learnerIds } };
    }
    const [submissions, total] = await this.em.findAndCount(
      Submission,
      { assignment, ...learnerFilter, ...(query.status !== undefined ? { status: query.status } : {}) },
      {
        populate: ['learner'],
        strategy: 'joined',
        orderBy: toOrderBy(query.sort, SUBMISSION_SORT_FIELDS, { submittedAt: 'desc', version: 'desc' }),
        ...pageWindow(query),
      },
    );
    return toPage(submissions.map(toReviewableSubmissionView), total, query);
  }
}
