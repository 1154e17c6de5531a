import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';
import { User } from '../users/user.entity';

/**
 * One login: the family of refresh tokens that rotate from it. Revoking the
 * session (logout, reuse of a spent token, deactivation) ends every token of
 * the family and every access token that names it.
 */
@Entity({ tableName: 'auth_sessions' })
@Index({ properties: ['user', 'revokedAt'] })
export class AuthSession extends BaseEntity<'revokedAt' | 'revokedReason'> {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  /** Absolute end of the family, however often it is refreshed. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  revokedReason: string | null = null;

  constructor(user: Rel<User>, expiresAt: Date) {
    super();
    this.user = user;
    this.expiresAt = expiresAt;
  }
}
