import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { User } from '@prodev/auth';
import { HandlesJob, type JobContext, type JobHandler } from '@prodev/core';
import { NotificationDelivery } from '../delivery/notification-delivery';
import { NotificationKind } from '../notification-kind';
import { WelcomeJob, type WelcomeJobPayload } from './notification.jobs';

@Injectable()
@HandlesJob(WelcomeJob)
export class WelcomeHandler implements JobHandler<'notifications.welcome'> {
  constructor(
    private readonly em: EntityManager,
    private readonly delivery: NotificationDelivery,
  ) {}

  async handle({ userId }: WelcomeJobPayload, { jobId }: JobContext): Promise<void> {
    // An account deleted before its welcome went out has no one left to welcome.
    const user = await this.em.findOne(User, { id: userId });
    if (user === null) return;
    await this.delivery.deliver(jobId, user, {
      kind: NotificationKind.Welcome,
      title: 'Welcome to ProDev Academy',
      body:
        `Hi ${user.name},\n\nYour ProDev Academy account (${user.email}) is ready. ` +
        'Browse the published programs and enroll in an open cohort to start learning.\n\n' +
        'The ProDev Academy team',
    });
  }
}
