import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@prodev/auth';
import { pageWindow, toPage, type Page, type PageRequest } from '@prodev/core';
import { Notification } from './notification.entity';
import { NotificationNotFoundError } from './notifications.errors';
import { toNotificationView, type NotificationView } from './notification.view';

export interface ListNotificationsQuery extends PageRequest {
  /** Only unread (true) or only read (false) notifications. */
  readonly unread?: boolean;
}

/** A user's own notifications: nobody reads or marks anyone else's. */
@Injectable()
export class NotificationsService {
  constructor(private readonly em: EntityManager) {}

  async listMine(caller: AuthUser, query: ListNotificationsQuery): Promise<Page<NotificationView>> {
    const readFilter = query.unread === undefined ? {} : { readAt: query.unread ? null : { $ne: null } };
    const [notifications, total] = await this.em.findAndCount(
      Notification,
      { recipient: caller.id, ...readFilter },
      { orderBy: { createdAt: 'desc', id: 'desc' }, ...pageWindow(query) },
    );
    return toPage(notifications.map(toNotificationView), total, query);
  }

  /** Marks one of the caller's notifications read; marking it again changes nothing. */
  async markRead(caller: AuthUser, id: string): Promise<void> {
    const notification = await this.em.findOne(Notification, { id, recipient: caller.id });
    if (notification === null) throw new NotificationNotFoundError(id);
    if (notification.readAt !== null) return;
    notification.readAt = new Date();
    await this.em.flush();
  }
}
