import { Injectable, Logger, Module, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerException, ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { normaliseEmail } from '@prodev/auth';
import { AppConfig, REDIS_CLIENT, type RedisClient } from '@prodev/core';
import type { FastifyReply } from 'fastify';

const AUTH_RATE_LIMITED = 'throttle:auth';
const MINUTE_MS = 60_000;

/** Marks a credential endpoint: it gets the stricter per-IP and per-email limits. */
export const AuthRateLimit = (): MethodDecorator => SetMetadata(AUTH_RATE_LIMITED, true);

const isAuthRoute = (context: ExecutionContext): boolean =>
  Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()) === true;

function emailTracker(req: Record<string, unknown>): string {
  const body = req.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? `email:${normaliseEmail(body.email)}` : `ip:${String(req.ip)}`;
}

/**
 * The guard with the contract's `Retry-After` header (the library names it
 * `Retry-After-<throttler>` for named limits), failing open when the Redis
 * storage is unreachable: losing rate limiting for a moment beats refusing
 * every request.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  private readonly log = new Logger('Throttling');

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await super.canActivate(context);
    } catch (error) {
      if (error instanceof ThrottlerException) throw error;
      this.log.warn(`Rate limiting skipped: ${(error as Error).message}`);
      return true;
    }
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', Math.max(1, detail.timeToBlockExpire));
    await super.throwThrottlingException(context, detail);
  }
}

/** Limits shared by every API replica when Redis is configured, per process otherwise. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis: RedisClient) => ({
        throttlers: [
          { name: 'default', ttl: MINUTE_MS, limit: config.rateLimit.perMinute },
          { name: 'auth-ip', ttl: MINUTE_MS, limit: config.rateLimit.authPerMinute, skipIf: (c) => !isAuthRoute(c) },
          {
            name: 'auth-email',
            ttl: MINUTE_MS,
            limit: config.rateLimit.authPerMinute,
            skipIf: (c) => !isAuthRoute(c),
            getTracker: emailTracker,
          },
        ],
        ...(redis !== null ? { storage: new ThrottlerStorageRedisService(redis) } : {}),
      }),
    }),
  ],
  providers: [AppThrottlerGuard],
  exports: [AppThrottlerGuard],
})
export class ThrottlingModule {}
