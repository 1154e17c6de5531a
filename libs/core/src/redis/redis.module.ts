import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';

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

@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: RedisClient) {}

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
