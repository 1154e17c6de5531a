import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';
import { AuthSession } from './auth-session.entity';

/** A refresh token, stored only as a keyed hash; spent once used. */
@Entity({ tableName: 'refresh_tokens' })
export class RefreshToken extends BaseEntity<'spentAt'> {
  @ManyToOne(() => AuthSession, { deleteRule: 'cascade', index: true })
  session!: Rel<AuthSession>;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  spentAt: Date | null = null;

  constructor(session: Rel<AuthSession>, tokenHash: string) {
    super();
    this.session = session;
    this.tokenHash = tokenHash;
  }
}
