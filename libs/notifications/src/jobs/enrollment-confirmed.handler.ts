import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobContext, type JobHandler } from '@prodev/core';
import { Enrollment, EnrollmentStatus } from '@prodev/curriculum';
import { NotificationDelivery } from '../delivery/notification-delivery';
import { NotificationKind } from '../notification-kind';
import { EnrollmentConfirmedJob, type EnrollmentConfirmedJobPayload } from './notification.jobs';

const day = (date: Date): string => date.toISOString().slice(0, 10);

@Injectable()
@HandlesJob(EnrollmentConfirmedJob)
export class EnrollmentConfirmedHandler implements JobHandler<'notifications.enrollment-confirmed'> {
  constructor(
    private readonly em: EntityManager,
    private readonly delivery: NotificationDelivery,
  ) {}

  async handle({ enrollmentId }: EnrollmentConfirmedJobPayload, { jobId }: JobContext): Promise<void> {
    const enrollment = await this.em.findOne(
      Enrollment,
      { id: enrollmentId },
      { populate: ['learner', 'cohort', 'cohort.program'], strategy: 'joined' },
    );
    // Withdrawn before the job ran: a confirmation would now be wrong.
    if (enrollment === null || enrollment.status === EnrollmentStatus.Withdrawn) return;
    const { cohort, learner } = enrollment;
    await this.delivery.deliver(jobId, learner, {
      kind: NotificationKind.EnrollmentConfirmed,
      title: `You are enrolled in ${cohort.program.title}`,
      body:
        `Hi ${learner.name},\n\nYour place in ${cohort.program.title}, cohort "${cohort.name}", is confirmed. ` +
        `It runs from ${day(cohort.startsAt)} to ${day(cohort.endsAt)}.\n\nThe ProDev Academy team`,
    });
  }
}
