import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { runWithTimeout } from '../lifecycle/run-with-timeout';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** Null when REDIS_URL is unset (the embedded default). */
export type RedisClient = Redis | null;

function createRedisClient(url: string): Redis {
  const logger = new Logger('Redis');
  const redis = new Redis(url, {
    connectTimeout: 3_000,
    // Commands fail fast while Redis is down (readiness says 503) instead of queueing forever.
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  let lastError = '';
  redis.on('error', (error: Error) => {
    // ioredis repeats the same error on every reconnect attempt; log each kind once.
    if (error.message !== lastError) logger.warn(`Redis connection error: ${error.message}`);
    lastError = error.message;
  });
  redis.on('ready', () => {
    lastError = '';
  });
  return redis;
}

const FIRST_CONNECT_WAIT_MS = 3_000;

@Injectable()
class RedisLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: RedisClient) {}

  /** Gives the first connection a moment, so a healthy start is ready at once; never blocks start-up for long. */
  async onModuleInit(): Promise<void> {
    const redis = this.redis;
    if (redis === null || redis.status === 'ready') return;
    await runWithTimeout(
      new Promise((resolve) => redis.once('ready', resolve)),
      FIRST_CONNECT_WAIT_MS,
      'First Redis connection',
    ).catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis === null || this.redis.status === 'end') return;
    await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

/** One shared connection for pings and small commands; queues open their own. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig): RedisClient =>
        config.redis === null ? null : createRedisClient(config.redis.url),
    },
    RedisLifecycle,
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule {}
