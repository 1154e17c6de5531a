import type { Loaded } from '@mikro-orm/core';
import type { Review } from './review.entity';
import type { CriterionScore } from './rubric';
import type { Submission } from './submission.entity';
import type { SubmissionStatus } from './submission-status';

export interface SubmissionView {
  readonly id: string;
  readonly assignmentId: string;
  readonly learnerId: string;
  readonly version: number;
  readonly repositoryUrl: string;
  readonly commitSha: string | null;
  readonly notes: string | null;
  readonly submittedAt: Date;
  readonly lateDays: number;
  readonly status: SubmissionStatus;
}

/** A submission as the mentors reviewing it see it: with who submitted it. */
export interface ReviewableSubmissionView extends SubmissionView {
  readonly learner: { readonly id: string; readonly name: string; readonly email: string };
}

/** The latest review of a submission as its learner reads it. */
export interface SubmissionReviewSummary {
  readonly scores: CriterionScore[];
  readonly feedback: string;
  readonly rawPoints: number;
  readonly penaltyPercent: number;
  readonly points: number;
  readonly reviewedAt: Date;
}

/** One of the caller's own submissions, with its assignment and latest review (null while ungraded). */
export interface MySubmissionView extends SubmissionView {
  readonly assignment: { readonly id: string; readonly title: string; readonly maxPoints: number };
  readonly review: SubmissionReviewSummary | null;
}

export function toSubmissionView(submission: Submission): SubmissionView {
  return {
    id: submission.id,
    assignmentId: submission.assignment.id,
    learnerId: submission.learner.id,
    version: submission.version,
    repositoryUrl: submission.repositoryUrl,
    commitSha: submission.commitSha,
    notes: submission.notes,
    submittedAt: submission.submittedAt,
    lateDays: submission.lateDays,
    status: submission.status,
  };
}

export function toReviewableSubmissionView(submission: Loaded<Submission, 'learner'>): ReviewableSubmissionView {
  const { id, name, email } = submission.learner;
  return { ...toSubmissionView(submission), learner: { id, name, email } };
}

export function toMySubmissionView(
  submission: Loaded<Submission, 'assignment'>,
  review: Review | null,
): MySubmissionView {
  const { id, title, maxPoints } = submission.assignment;
  return {
    ...toSubmissionView(submission),
    assignment: { id, title, maxPoints },
    review:
      review === null
        ? null
        : {
            scores: review.scores,
            feedback: review.feedback,
            rawPoints: review.rawPoints,
            penaltyPercent: review.penaltyPercent,
            points: review.points,
            reviewedAt: review.createdAt,
          },
  };
}
