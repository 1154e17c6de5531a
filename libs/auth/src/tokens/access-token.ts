import type { Role } from '../users/role';

export const JWT_ISSUER = 'prodev-academy';
export const JWT_AUDIENCE = 'prodev-academy-api';
export const JWT_ALGORITHM = 'HS256';

/** Claims of an access token. `sid` names the login, `ver` the user's token version. */
export interface AccessTokenClaims {
  readonly sub: string;
  readonly sid: string;
  readonly role: Role;
  readonly ver: number;
}

/** Who is calling, as guards and services see it. */
export interface AuthUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly sessionId: string;
}

/** What login, register and refresh return. */
export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
}
