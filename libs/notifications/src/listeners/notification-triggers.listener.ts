import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { AssessmentsEvents, type SubmissionReviewedEvent } from '@prodev/assessments';
import { AuthEvents, type UserRegisteredEvent } from '@prodev/auth';
import { JobBus, type JobDefinition, type JobName, type JobPayloads } from '@prodev/core';
import { CurriculumEvents, type EnrollmentCreatedEvent } from '@prodev/curriculum';
import { EnrollmentConfirmedJob, SubmissionReviewedJob, WelcomeJob } from '../jobs/notification.jobs';

/**
 * Turns domain events into notification jobs, so the services that register
 * users and enroll learners know nothing about notifications. Events arrive
 * after their transaction committed; the job bus records, then queues.
 */
@Injectable()
export class NotificationTriggers {
  private readonly logger = new Logger('Notifications');

  constructor(private readonly jobs: JobBus) {}

  @OnEvent(AuthEvents.UserRegistered)
  async onUserRegistered({ userId }: UserRegisteredEvent): Promise<void> {
    await this.enqueue(WelcomeJob, { userId });
  }

  @OnEvent(CurriculumEvents.EnrollmentCreated)
  async onEnrollmentCreated({ enrollmentId }: EnrollmentCreatedEvent): Promise<void> {
    await this.enqueue(EnrollmentConfirmedJob, { enrollmentId });
  }

  @OnEvent(AssessmentsEvents.SubmissionReviewed)
  async onSubmissionReviewed({ reviewId }: SubmissionReviewedEvent): Promise<void> {
    await this.enqueue(SubmissionReviewedJob, { reviewId });
  }

  // The request that emitted the event has already answered; a failure here can only be logged.
  private async enqueue<Name extends JobName>(job: JobDefinition<Name>, payload: JobPayloads[Name]): Promise<void> {
    try {
      await this.jobs.enqueue(job, payload);
    } catch (error) {
      this.logger.error(`Could not record the job ${job.name} (${JSON.stringify(payload)}): ${String(error)}`);
    }
  }
}
