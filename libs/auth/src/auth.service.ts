import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EmailTakenError, InvalidCredentialsError } from './errors/auth.errors';
import { AuthEventsPublisher } from './events/auth-events.publisher';
import { AuthEvents } from './events/auth.events';
import { PasswordHasher } from './passwords/password-hasher';
import { assertPasswordPolicy, normaliseEmail } from './passwords/password-policy';
import { AuthSession } from './sessions/auth-session.entity';
import { SessionsService } from './sessions/sessions.service';
import type { AccessTokenClaims, AuthUser, TokenPair } from './tokens/access-token';
import { Role } from './users/role';
import { User } from './users/user.entity';
import { toUserView, type UserView } from './users/user.view';

export interface RegisterInput {
  readonly email: string;
  readonly password: string;
  readonly name: string;
}

export interface AuthResult extends TokenPair {
  readonly user: UserView;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly events: AuthEventsPublisher,
  ) {}

  /** Creates a learner account and signs it in. */
  async register(input: RegisterInput): Promise<AuthResult> {
    const user = await this.createUser({ ...input, role: Role.Learner });
    this.events.publish(AuthEvents.UserRegistered, { userId: user.id });
    return { user: toUserView(user), ...(await this.sessions.start(user)) };
  }

  /** Creates an account with any role (the admin CLI, seeding). */
  async createUser(input: RegisterInput & { role: Role }): Promise<User> {
    assertPasswordPolicy(input.password);
    const email = normaliseEmail(input.email);
    if ((await this.em.count(User, { email })) > 0) throw new EmailTakenError();
    const user = new User(email, input.name.trim(), await this.hasher.hash(input.password), input.role);
    try {
      await this.em.persistAndFlush(user);
    } catch (error) {
      // Two registrations racing for one email: the unique index decides.
      if (error instanceof UniqueConstraintViolationException) throw new EmailTakenError();
      throw error;
    }
    return user;
  }

  /** The user behind an email and password, or one error for every way it can fail. */
  async verifyCredentials(email: string, password: string): Promise<User> {
    const user = await this.em.findOne(User, { email: normaliseEmail(email) }, { populate: ['passwordHash'] });
    if (user === null) {
      await this.hasher.verifyNothing(password);
      throw new InvalidCredentialsError();
    }
    const valid = await this.hasher.verify(user.passwordHash, password);
    if (!valid || !user.active) throw new InvalidCredentialsError();
    return user;
  }

  async login(user: User): Promise<AuthResult> {
    return { user: toUserView(user), ...(await this.sessions.start(user)) };
  }

  refresh(refreshToken: string): Promise<TokenPair> {
    return this.sessions.rotate(refreshToken);
  }

  logout(refreshToken: string, caller: AuthUser): Promise<void> {
    return this.sessions.endByToken(refreshToken, caller.id);
  }

  /**
   * Resolves a verified access token to its caller, or null when the login
   * was revoked, the user deactivated, or their role changed since it was
   * issued. One query: the session with its user.
   */
  async authenticate(claims: AccessTokenClaims): Promise<AuthUser | null> {
    const session = await this.em.findOne(AuthSession, { id: claims.sid }, { populate: ['user'] });
    if (session === null || session.revokedAt !== null || session.expiresAt <= new Date()) return null;
    const user = session.user;
    if (user.id !== claims.sub || !user.active || user.tokenVersion !== claims.ver) return null;
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.id };
  }

  async me(caller: AuthUser): Promise<UserView> {
    return toUserView(await this.em.findOneOrFail(User, { id: caller.id }));
  }
}
