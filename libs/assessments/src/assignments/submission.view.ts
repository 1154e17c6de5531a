import type { Loaded } from '@mikro-orm/core';
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
