import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@prodev/core';
import { AuthService } from '../auth.service';
import { ROLES } from '../users/role';
import { JWT_ALGORITHM, JWT_AUDIENCE, JWT_ISSUER, type AccessTokenClaims, type AuthUser } from './access-token';

/** What a signature check pins, shared by passport-jwt (the API's guard) and this verifier. */
export const ACCESS_TOKEN_CHECKS = {
  algorithms: [JWT_ALGORITHM],
  issuer: JWT_ISSUER,
  audience: JWT_AUDIENCE,
} as const;

export function isAccessTokenClaims(payload: unknown): payload is AccessTokenClaims {
  const claims = payload as Partial<AccessTokenClaims> | null;
  return (
    typeof claims?.sub === 'string' &&
    typeof claims.sid === 'string' &&
    typeof claims.ver === 'number' &&
    ROLES.includes(claims.role as AccessTokenClaims['role'])
  );
}

/**
 * Access tokens checked the way every API request's are: signature with the
 * pinned algorithm, issuer, audience and expiry, then the login and the user
 * in the database (so revocation takes effect at once). For routes Nest's
 * guards do not cover, such as plain Fastify plugins.
 */
@Injectable()
export class AccessTokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  /** The caller behind a bearer token, or null for any token that is not a live one. */
  async verify(token: string): Promise<AuthUser | null> {
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(token, {
        secret: this.config.jwt.accessSecret,
        algorithms: [...ACCESS_TOKEN_CHECKS.algorithms],
        issuer: ACCESS_TOKEN_CHECKS.issuer,
        audience: ACCESS_TOKEN_CHECKS.audience,
      });
    } catch {
      return null;
    }
    return this.resolve(payload);
  }

  /** The caller behind claims whose signature is already verified. */
  resolve(payload: unknown): Promise<AuthUser | null> {
    return isAccessTokenClaims(payload) ? this.auth.authenticate(payload) : Promise.resolve(null);
  }
}
