import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import { createTestApp } from '../support/test-app';
import { integrationRedisUrl } from '../support/throwaway-database';

// A Redis database of its own: rate-limit counters are keyed by client IP and
// would otherwise carry over between runs and spec files.
const THROTTLE_DB = 15;

function redisUrlWithDb(db: number): string {
  const url = new URL(integrationRedisUrl());
  url.pathname = `/${db}`;
  return url.toString();
}

describe('Rate limits on Redis', () => {
  const redisUrl = redisUrlWithDb(THROTTLE_DB);
  let replicas: NestFastifyApplication[];

  beforeAll(async () => {
    const redis = new Redis(redisUrl);
    await redis.flushdb();
    redis.disconnect();
    const env = { REDIS_URL: redisUrl, AUTH_RATE_LIMIT_PER_MINUTE: '3' };
    replicas = [await createTestApp(env), await createTestApp(env)];
  });

  afterAll(async () => {
    await Promise.all(replicas.map((app) => app.close()));
  });

  it('hold across API replicas: attempts spread over two instances share one budget', async () => {
    const attempt = (app: NestFastifyApplication) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'spread@example.com', password: 'not the password' },
      });

    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await attempt(replicas[i % 2])).statusCode);

    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('answer 429 with Retry-After once the shared budget is spent', async () => {
    const res = await replicas[1].inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'spread@example.com', password: 'not the password' },
    });

    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
