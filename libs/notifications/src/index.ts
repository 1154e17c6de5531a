// Public surface of @prodev/notifications. Apps import this library only through this file.
export { NotificationsModule } from './notifications.module';
export { Notification } from './notification.entity';
export { NotificationKind } from './notification-kind';
export { NotificationNotFoundError } from './notifications.errors';
export { NotificationsService, type ListNotificationsQuery } from './notifications.service';
export type { NotificationView } from './notification.view';
export {
  EnrollmentConfirmedJob,
  EnrollmentConfirmedJobPayload,
  SubmissionReviewedJob,
  SubmissionReviewedJobPayload,
  WelcomeJob,
  WelcomeJobPayload,
} from './jobs/notification.jobs';
