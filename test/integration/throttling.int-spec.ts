import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp } from '../support/test-app';
import { createThrowawayDatabase, throwawayRedisUrl } from '../support/throwaway-database';

// A Redis database of its own: rate-limit counters are keyed by client IP and
// would otherwise carry over between runs and spec files.
const THROTTLE_DB = 15;

describe('Rate limits on Redis', () => {
  const replicas: NestFastifyApplication[] = [];
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>> | undefined;

  beforeAll(async () => {
    const redisUrl = await throwawayRedisUrl(THROTTLE_DB);
    // Replicas as deployed: one PostgreSQL and one Redis shared by both (two
    // embedded engines in one Jest worker were also too slow to boot under CI load).
    database = await createThrowawayDatabase();
    const env = {
      REDIS_URL: redisUrl,
      DATABASE_URL: database.url,
      DATABASE_MIGRATE_ON_START: 'true',
      AUTH_RATE_LIMIT_PER_MINUTE: '3',
    };
    replicas.push(await createTestApp(env));
    replicas.push(await createTestApp(env));
  });

  afterAll(async () => {
    await Promise.all(replicas.map((app) => app.close()));
    await database?.drop();
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
