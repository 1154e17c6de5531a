import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@prodev/core';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthUser } from '../tokens/access-token';
import { ACCESS_TOKEN_CHECKS, AccessTokenVerifier } from '../tokens/access-token-verifier';

/**
 * Bearer tokens: signature with the pinned algorithm (never `none`), issuer,
 * audience and expiry checked by passport-jwt; then the login and the user
 * are checked against the database, so revocation takes effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly verifier: AccessTokenVerifier,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwt.accessSecret,
      algorithms: [...ACCESS_TOKEN_CHECKS.algorithms],
      issuer: ACCESS_TOKEN_CHECKS.issuer,
      audience: ACCESS_TOKEN_CHECKS.audience,
      ignoreExpiration: false,
    });
  }

  async validate(payload: unknown): Promise<AuthUser | false> {
    return (await this.verifier.resolve(payload)) ?? false;
  }
}
