import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { NotificationKind } from './notification-kind';

/**
 * An in-app notification, and whether its email went out. The job that made
 * it is unique: a job delivered twice finds its notification and adds none.
 */
@Entity({ tableName: 'notifications' })
@Index({ properties: ['recipient', 'createdAt'] })
export class Notification extends BaseEntity<'readAt' | 'emailSentAt'> {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  recipient!: Rel<User>;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind: NotificationKind;

  @Property({ length: 200 })
  title: string;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'uuid' })
  @Unique()
  sourceJobId: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  readAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  emailSentAt: Date | null = null;

  constructor(init: {
    recipient: Rel<User>;
    kind: NotificationKind;
    title: string;
    body: string;
    sourceJobId: string;
  }) {
    super();
    this.recipient = init.recipient;
    this.kind = init.kind;
    this.title = init.title;
    this.body = init.body;
    this.sourceJobId = init.sourceJobId;
  }
}
