import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { runWithTimeout } from '../lifecycle/run-with-timeout';
import { REDIS_CLIENT, RedisClient } from './redis.module';

const PING_TIMEOUT_MS = 2_000;

/** Readiness of the shared Redis connection (only asked when REDIS_URL is set). */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
    private readonly health: HealthIndicatorService,
  ) {}

  async pingCheck(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    if (this.redis === null) return indicator.down({ message: 'REDIS_URL is not configured' });
    try {
      await runWithTimeout(this.redis.ping(), PING_TIMEOUT_MS, 'PING');
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
