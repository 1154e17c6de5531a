import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@prodev/core';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthService } from '../auth.service';
import { JWT_ALGORITHM, JWT_AUDIENCE, JWT_ISSUER, type AccessTokenClaims, type AuthUser } from '../tokens/access-token';
import { ROLES } from '../users/role';

function isClaims(payload: unknown): payload is AccessTokenClaims {
  const claims = payload as Partial<AccessTokenClaims> | null;
  return (
    typeof claims?.sub === 'string' &&
    typeof claims.sid === 'string' &&
    typeof claims.ver === 'number' &&
    ROLES.includes(claims.role as AccessTokenClaims['role'])
  );
}

/**
 * Bearer tokens: signature with the pinned algorithm (never `none`), issuer,
 * audience and expiry checked by passport-jwt; then the login and the user
 * are checked against the database, so revocation takes effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwt.accessSecret,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(payload: unknown): Promise<AuthUser | false> {
    if (!isClaims(payload)) return false;
    return (await this.auth.authenticate(payload)) ?? false;
  }
}
