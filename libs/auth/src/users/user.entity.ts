import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';
import { Role } from './role';

@Entity({ tableName: 'users' })
@Index({ properties: ['role', 'createdAt'] })
export class User extends BaseEntity<'role' | 'active' | 'tokenVersion'> {
  /** Stored normalised (trimmed, lower-case), so uniqueness is case-insensitive. */
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role: Role = Role.Learner;

  @Property({ type: 'boolean' })
  active: boolean = true;

  /** argon2id PHC string; never leaves the auth library. */
  @Property({ type: 'string', length: 255, lazy: true, hidden: true })
  passwordHash!: string;

  /**
   * Part of every access token; bumping it (role change, deactivation)
   * makes every token issued before stop working at once.
   */
  @Property({ type: 'integer' })
  tokenVersion: number = 0;

  constructor(email: string, name: string, passwordHash: string, role: Role = Role.Learner) {
    super();
    this.email = email;
    this.name = name;
    this.passwordHash = passwordHash;
    this.role = role;
  }
}
