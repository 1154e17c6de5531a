import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { REDIS_CLIENT, runWithTimeout, type RedisClient } from '@prodev/core';

const CHECK_TIMEOUT_MS = 5_000;

/** Confirms the worker can reach what its jobs need before it reports ready. */
@Injectable()
export class WorkerReadiness {
  constructor(
    private readonly orm: MikroORM,
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
  ) {}

  async assertReady(): Promise<void> {
    if (this.redis === null) throw new Error('REDIS_URL is not configured');
    await runWithTimeout(this.orm.em.getConnection().execute('select 1'), CHECK_TIMEOUT_MS, 'PostgreSQL check');
    if (this.redis.status !== 'ready') {
      await runWithTimeout(
        new Promise((resolve) => this.redis?.once('ready', resolve)),
        CHECK_TIMEOUT_MS,
        'Redis connection',
      );
    }
    await runWithTimeout(this.redis.ping(), CHECK_TIMEOUT_MS, 'Redis PING');
  }
}
