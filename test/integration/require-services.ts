import { Client } from 'pg';
import { Redis } from 'ioredis';

/**
 * Integration specs need a real PostgreSQL and Redis. Say so once, clearly,
 * and fail the run instead of letting every spec time out.
 */
export default async function requireServices(): Promise<void> {
  const missing = ['DATABASE_URL', 'REDIS_URL'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `Integration specs need ${missing.join(' and ')} (e.g. postgres://postgres@127.0.0.1:5432/test, redis://127.0.0.1:6379)`,
    );
  }
  const pg = new Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 3_000 });
  try {
    await pg.connect();
    await pg.query('select 1');
  } catch (error) {
    throw new Error(`PostgreSQL at DATABASE_URL is unreachable: ${(error as Error).message}`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new Redis(process.env.REDIS_URL as string, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis at REDIS_URL is unreachable: ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}
