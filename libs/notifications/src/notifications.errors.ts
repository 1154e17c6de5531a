import { DomainError } from '@prodev/core';

/** Also what a caller gets for someone else's notification: its existence is not theirs to learn. */
export class NotificationNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'NOTIFICATION.NOT_FOUND';

  constructor(id: string) {
    super(`Notification ${id} was not found`);
  }
}
