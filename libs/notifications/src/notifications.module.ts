import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { NotificationDelivery } from './delivery/notification-delivery';
import { EnrollmentConfirmedHandler } from './jobs/enrollment-confirmed.handler';
import { SubmissionReviewedHandler } from './jobs/submission-reviewed.handler';
import { WelcomeHandler } from './jobs/welcome.handler';
import { NotificationTriggers } from './listeners/notification-triggers.listener';
import { Mailer } from './mail/mailer';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

/** In-app notifications and email, fed by the domains' events through jobs. */
@Module({
  imports: [MikroOrmModule.forFeature([Notification])],
  providers: [
    Mailer,
    NotificationDelivery,
    NotificationsService,
    NotificationTriggers,
    WelcomeHandler,
    EnrollmentConfirmedHandler,
    SubmissionReviewedHandler,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
