import type { MikroORM } from '@mikro-orm/postgresql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { describeMigrationRoundTrip } from '../support/migration-round-trip';
import { createTestApp } from '../support/test-app';
import { createTestOrm } from '../support/test-orm';
import { createThrowawayDatabase, integrationRedisUrl } from '../support/throwaway-database';

const CLOSED_PORT_DATABASE = 'postgres://postgres@127.0.0.1:1/none';
const CLOSED_PORT_REDIS = 'redis://127.0.0.1:1';

describe('On a real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;

  beforeAll(async () => {
    database = await createThrowawayDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  describe('migration round trip', () => {
    let orm: MikroORM;

    beforeAll(async () => {
      orm = await createTestOrm({ kind: 'postgres', url: database.url, poolMax: 2, migrateOnStart: false });
    });

    afterAll(async () => {
      await orm.close(true);
    });

    it('talks to a server, not the embedded engine', async () => {
      const [row] = await orm.em
        .getConnection()
        .execute<{ server: string }[]>("select current_setting('server_version') as server");

      expect(row?.server).toMatch(/^\d+/);
      await expect(
        orm.em.getConnection().execute("select 1 from pg_extension where extname = 'pglite'"),
      ).resolves.toEqual([]);
    });

    describeMigrationRoundTrip(() => orm);
  });

  describe('health with PostgreSQL and Redis configured', () => {
    let app: NestFastifyApplication;

    beforeAll(async () => {
      app = await createTestApp({ DATABASE_URL: database.url, REDIS_URL: integrationRedisUrl() });
    });

    afterAll(async () => {
      await app.close();
    });

    it('is ready when both answer', async () => {
      const res = await app.inject({ method: 'GET', url: '/health/ready' });

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'ok',
        details: { database: { status: 'up' }, redis: { status: 'up' } },
      });
    });
  });
});

describe('When a dependency is down', () => {
  it('answers ready 503 naming the database, while still live', async () => {
    const app = await createTestApp({ DATABASE_URL: CLOSED_PORT_DATABASE });
    try {
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });
      const live = await app.inject({ method: 'GET', url: '/health/live' });

      expect(ready.statusCode).toBe(503);
      expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(ready.json()).toMatchObject({
        status: 503,
        code: 'HEALTH.NOT_READY',
        detail: 'Not ready: database unavailable',
        checks: { database: { status: 'down' } },
      });
      expect(live.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers ready 503 naming Redis when only Redis is down', async () => {
    const database = await createThrowawayDatabase();
    const app = await createTestApp({ DATABASE_URL: database.url, REDIS_URL: CLOSED_PORT_REDIS });
    try {
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });

      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({
        detail: 'Not ready: redis unavailable',
        checks: { database: { status: 'up' }, redis: { status: 'down' } },
      });
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
