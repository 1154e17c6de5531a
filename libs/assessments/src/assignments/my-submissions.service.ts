import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@prodev/auth';
import { pageWindow, toOrderBy, toPage, type Page, type PageRequest } from '@prodev/core';
import { Review } from './review.entity';
import { Submission } from './submission.entity';
import { toMySubmissionView, type MySubmissionView } from './submission.view';

export interface ListMySubmissionsQuery extends PageRequest {
  readonly assignmentId?: string;
}

export const MY_SUBMISSION_SORT_FIELDS = ['submittedAt', 'version'] as const;

/** A learner's own submissions, each with its latest review: what they were graded and why. */
@Injectable()
export class MySubmissionsService {
  constructor(private readonly em: EntityManager) {}

  async list(caller: AuthUser, query: ListMySubmissionsQuery): Promise<Page<MySubmissionView>> {
    const [submissions, total] = await this.em.findAndCount(
      Submission,
      { learner: caller.id, ...(query.assignmentId !== undefined ? { assignment: query.assignmentId } : {}) },
      {
        populate: ['assignment'],
        strategy: 'joined',
        orderBy: toOrderBy(query.sort, MY_SUBMISSION_SORT_FIELDS, { submittedAt: 'desc', version: 'desc' }),
        ...pageWindow(query),
      },
    );
    // One query for the page's reviews, newest first, so the first seen per submission is its latest.
    const reviews =
      submissions.length === 0
        ? []
        : await this.em.find(
            Review,
            { submission: { $in: submissions.map((submission) => submission.id) } },
            { orderBy: { createdAt: 'desc', id: 'desc' } },
          );
    const latest = new Map<string, Review>();
    for (const review of reviews) {
      if (!latest.has(review.submission.id)) latest.set(review.submission.id, review);
    }
    return toPage(
      submissions.map((submission) => toMySubmissionView(submission, latest.get(submission.id) ?? null)),
      total,
      query,
    );
  }
}
