import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Review } from '@prodev/assessments';
import { HandlesJob, type JobContext, type JobHandler } from '@prodev/core';
import { NotificationDelivery } from '../delivery/notification-delivery';
import { NotificationKind } from '../notification-kind';
import { SubmissionReviewedJob, type SubmissionReviewedJobPayload } from './notification.jobs';

@Injectable()
@HandlesJob(SubmissionReviewedJob)
export class SubmissionReviewedHandler implements JobHandler<'notifications.submission-reviewed'> {
  constructor(
    private readonly em: EntityManager,
    private readonly delivery: NotificationDelivery,
  ) {}

  async handle({ reviewId }: SubmissionReviewedJobPayload, { jobId }: JobContext): Promise<void> {
    const review = await this.em.findOne(
      Review,
      { id: reviewId },
      { populate: ['submission', 'submission.assignment', 'submission.learner'], strategy: 'joined' },
    );
    // The submission (and its reviews) went with its assignment: nothing left to tell.
    if (review === null) return;
    const { assignment, learner } = review.submission;
    const penalty = review.penaltyPercent > 0 ? ` after a ${review.penaltyPercent}% late penalty` : '';
    await this.delivery.deliver(jobId, learner, {
      kind: NotificationKind.SubmissionReviewed,
      title: `Your submission for "${assignment.title}" was reviewed`,
      body:
        `Hi ${learner.name},\n\nVersion ${review.submission.version} of your work on "${assignment.title}" ` +
        `was reviewed: ${review.points} of ${assignment.maxPoints} points${penalty}.\n\n` +
        `Feedback:\n${review.feedback}\n\nThe ProDev Academy team`,
    });
  }
}
