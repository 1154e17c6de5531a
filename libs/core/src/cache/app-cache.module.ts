import { createKeyv } from '@keyv/redis';
import { CacheModule } from '@nestjs/cache-manager';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

const DEFAULT_TTL_MS = 5 * 60_000;

/**
 * cache-manager for every library (inject CACHE_MANAGER): on Redis when
 * REDIS_URL is set, so all API replicas share entries and invalidations; in
 * process memory otherwise.
 */
@Module({
  imports: [
    CacheModule.registerAsync({
      isGlobal: true,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ttl: DEFAULT_TTL_MS,
        ...(config.redis !== null ? { stores: [createKeyv(config.redis.url, { namespace: 'prodev-cache' })] } : {}),
      }),
    }),
  ],
})
export class AppCacheModule {}
