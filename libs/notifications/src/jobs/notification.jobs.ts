import { defineJob, Queues } from '@prodev/core';
import { IsUUID } from 'class-validator';

export class WelcomeJobPayload {
  @IsUUID()
  userId!: string;
}

export class EnrollmentConfirmedJobPayload {
  @IsUUID()
  enrollmentId!: string;
}

export class SubmissionReviewedJobPayload {
  @IsUUID()
  reviewId!: string;
}

declare module '@prodev/core' {
  interface JobPayloads {
    'notifications.welcome': WelcomeJobPayload;
    'notifications.enrollment-confirmed': EnrollmentConfirmedJobPayload;
    'notifications.submission-reviewed': SubmissionReviewedJobPayload;
  }
}

// Email providers fail in bursts; five tries over ~2.5 minutes ride out a short outage.
export const WelcomeJob = defineJob({
  name: 'notifications.welcome',
  queue: Queues.Notifications,
  payload: WelcomeJobPayload,
  attempts: 5,
  backoffMs: 5_000,
});

export const EnrollmentConfirmedJob = defineJob({
  name: 'notifications.enrollment-confirmed',
  queue: Queues.Notifications,
  payload: EnrollmentConfirmedJobPayload,
  attempts: 5,
  backoffMs: 5_000,
});

export const SubmissionReviewedJob = defineJob({
  name: 'notifications.submission-reviewed',
  queue: Queues.Notifications,
  payload: SubmissionReviewedJobPayload,
  attempts: 5,
  backoffMs: 5_000,
});
