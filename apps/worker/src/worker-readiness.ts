import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { REDIS_CLIENT, runWithTimeout, type RedisClient } from '@prodev/core';

const CHECK_TIMEOUT_MS = 5_000;

export interface ReadinessReport {
  readonly ready: boolean;
  readonly checks: { readonly database: 'up' | 'down'; readonly redis: 'up' | 'down' };
}

/** Whether the worker can reach what its jobs need: PostgreSQL and Redis. */
@Injectable()
export class WorkerReadiness {
  constructor(
    private readonly orm: MikroORM,
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
  ) {}

  /** Waits for both at start; throws naming the one that does not answer. */
  async assertReady(): Promise<void> {
    await this.checkDatabase();
    const redis = this.requireRedis();
    if (redis.status !== 'ready') {
      await runWithTimeout(
        new Promise((resolve) => redis.once('ready', resolve)),
        CHECK_TIMEOUT_MS,
        'Redis connection',
      );
    }
    await this.checkRedis();
  }

  async report(): Promise<ReadinessReport> {
    const [database, redis] = await Promise.all([
      this.checkDatabase().then(up, down),
      this.checkRedis().then(up, down),
    ]);
    return { ready: database === 'up' && redis === 'up', checks: { database, redis } };
  }

  private async checkDatabase(): Promise<void> {
    await runWithTimeout(this.orm.em.getConnection().execute('select 1'), CHECK_TIMEOUT_MS, 'PostgreSQL check');
  }

  private async checkRedis(): Promise<void> {
    await runWithTimeout(this.requireRedis().ping(), CHECK_TIMEOUT_MS, 'Redis PING');
  }

  private requireRedis(): NonNullable<RedisClient> {
    if (this.redis === null) throw new Error('REDIS_URL is not configured');
    return this.redis;
  }
}

const up = (): 'up' => 'up';
const down = (): 'down' => 'down';
