import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@prodev/core';
import { InvalidRefreshTokenError } from '../errors/auth.errors';
import {
  JWT_ALGORITHM,
  JWT_AUDIENCE,
  JWT_ISSUER,
  type AccessTokenClaims,
  type TokenPair,
} from '../tokens/access-token';
import { RefreshTokenCodec } from '../tokens/refresh-token-codec';
import type { User } from '../users/user.entity';
import { AuthSession } from './auth-session.entity';
import { RefreshToken } from './refresh-token.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

export type RevokeReason = 'logout' | 'reuse' | 'deactivated';

/**
 * Logins as families of rotating refresh tokens (OWASP ASVS 10.4.5): using a
 * token spends it and yields the next; presenting a spent one revokes the
 * whole family, since only a thief or a replay would.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly jwt: JwtService,
    private readonly codec: RefreshTokenCodec,
    private readonly config: AppConfig,
  ) {}

  /** Starts a new family for a successful login or registration. */
  async start(user: User): Promise<TokenPair> {
    const session = new AuthSession(user, new Date(Date.now() + this.config.jwt.refreshTtlDays * DAY_MS));
    this.em.persist(session);
    return this.issue(user, session);
  }

  /** Spends `token` and returns the next pair of its family. */
  async rotate(token: string): Promise<TokenPair> {
    const found = await this.em.findOne(
      RefreshToken,
      { tokenHash: this.codec.digest(token) },
      { populate: ['session', 'session.user'] },
    );
    if (found === null) throw new InvalidRefreshTokenError();
    const { session } = found;
    const user = session.user;
    if (session.revokedAt !== null || session.expiresAt <= new Date() || !user.active) {
      throw new InvalidRefreshTokenError();
    }
    // Spending and issuing commit together; of two concurrent uses of one token
    // exactly one spends it, and the other is treated as the reuse it looks like.
    const next = await this.em.transactional(async (em) => {
      const spent = await em.nativeUpdate(RefreshToken, { id: found.id, spentAt: null }, { spentAt: new Date() });
      return spent === 0 ? null : this.issue(user, session);
    });
    if (next === null) {
      await this.revokeSession(session.id, 'reuse');
      throw new InvalidRefreshTokenError();
    }
    return next;
  }

  /** Ends the family `token` belongs to, if it is `userId`'s. */
  async endByToken(token: string, userId: string): Promise<void> {
    const found = await this.em.findOne(
      RefreshToken,
      { tokenHash: this.codec.digest(token) },
      { populate: ['session'] },
    );
    if (found === null || found.session.user.id !== userId) throw new InvalidRefreshTokenError();
    await this.revokeSession(found.session.id, 'logout');
  }

  async revokeSession(sessionId: string, reason: RevokeReason): Promise<void> {
    await this.em.nativeUpdate(
      AuthSession,
      { id: sessionId, revokedAt: null },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  async revokeAllOf(userId: string, reason: RevokeReason): Promise<void> {
    await this.em.nativeUpdate(
      AuthSession,
      { user: userId, revokedAt: null },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  private async issue(user: User, session: AuthSession): Promise<TokenPair> {
    const refreshToken = this.codec.generate();
    this.em.persist(new RefreshToken(session, this.codec.digest(refreshToken)));
    await this.em.flush();
    const claims: AccessTokenClaims = { sub: user.id, sid: session.id, role: user.role, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, {
      // A unique id per token: two issued in the same second are still different tokens.
      jwtid: randomUUID(),
      secret: this.config.jwt.accessSecret,
      algorithm: JWT_ALGORITHM,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      expiresIn: this.config.jwt.accessTtlSeconds,
    });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.config.jwt.accessTtlSeconds };
  }
}
