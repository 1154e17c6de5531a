import { createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@prodev/core';

/**
 * Refresh tokens are 256 random bits; the database keeps only an HMAC of them,
 * so a leaked table cannot be replayed without the server's secret.
 */
@Injectable()
export class RefreshTokenCodec {
  constructor(private readonly config: AppConfig) {}

  generate(): string {
    return randomBytes(32).toString('base64url');
  }

  digest(token: string): string {
    return createHmac('sha256', this.config.jwt.refreshSecret).update(token).digest('hex');
  }
}
