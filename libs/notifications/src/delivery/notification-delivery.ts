import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { User } from '@prodev/auth';
import { Mailer } from '../mail/mailer';
import { Notification } from '../notification.entity';
import type { NotificationKind } from '../notification-kind';

export interface NotificationContent {
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
}

/**
 * The effect every notification job has, made idempotent: the in-app
 * notification is keyed by the job (a redelivery finds it), and the email is
 * sent only while the notification says it has not been. A worker killed
 * between sending and recording may send that one email twice; nothing else
 * can repeat.
 */
@Injectable()
export class NotificationDelivery {
  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
  ) {}

  async deliver(jobId: string, recipient: User, content: NotificationContent): Promise<void> {
    const notification = await this.findOrCreate(jobId, recipient, content);
    if (notification.emailSentAt !== null) return;
    await this.mailer.send({ to: recipient.email, subject: content.title, text: content.body });
    notification.emailSentAt = new Date();
    await this.em.flush();
  }

  private async findOrCreate(jobId: string, recipient: User, content: NotificationContent): Promise<Notification> {
    const existing = await this.em.findOne(Notification, { sourceJobId: jobId });
    if (existing !== null) return existing;
    const created = new Notification({ recipient, sourceJobId: jobId, ...content });
    try {
      await this.em.persistAndFlush(created);
      return created;
    } catch (error) {
      // The same job running twice at once (a stalled job picked up while the first run lives on).
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      this.em.clear();
      return this.em.findOneOrFail(Notification, { sourceJobId: jobId });
    }
  }
}
