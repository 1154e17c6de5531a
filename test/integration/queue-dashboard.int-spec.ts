import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthService, Role } from '@prodev/auth';
import { QUEUE_NAMES } from '@prodev/core';
import {
  PROBLEM_JSON,
  UNTHROTTLED_AUTH,
  bearer,
  createUserWithRole,
  registerUser,
  type ProblemJson,
  type TestSession,
} from '../support/auth-fixture';
import { createTestApp } from '../support/test-app';
import { createThrowawayDatabase, integrationRedisUrl, throwawayRedisUrl } from '../support/throwaway-database';

const DASHBOARD = '/admin/queues';

function basic(email: string, password: string): { authorization: string } {
  return { authorization: `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}` };
}

/** Bull-board on the real Redis: mounted outside /api, admin-only, listing every queue. */
describe('the queue dashboard (Redis configured)', () => {
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  let app: NestFastifyApplication;
  let admin: TestSession;
  let learner: TestSession;

  beforeAll(async () => {
    database = await createThrowawayDatabase();
    app = await createTestApp({
      DATABASE_URL: database.url,
      DATABASE_MIGRATE_ON_START: 'true',
      REDIS_URL: integrationRedisUrl(),
      ...UNTHROTTLED_AUTH,
    });
    admin = await createUserWithRole(app, Role.Admin);
    learner = await registerUser(app);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('asks for credentials with a Basic challenge and a problem body', async () => {
    const res = await app.inject({ method: 'GET', url: DASHBOARD });

    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Basic realm="queues"');
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.json<ProblemJson>()).toMatchObject({ status: 401, instance: DASHBOARD });
  });

  it('guards its JSON API and its other pages too', async () => {
    const api = await app.inject({ method: 'GET', url: `${DASHBOARD}/api/queues` });
    const page = await app.inject({ method: 'GET', url: `${DASHBOARD}/queue/${QUEUE_NAMES[0]}` });

    expect(api.statusCode).toBe(401);
    expect(page.statusCode).toBe(401);
  });

  it('refuses a wrong password and a forged token with 401', async () => {
    const wrongPassword = await app.inject({
      method: 'GET',
      url: DASHBOARD,
      headers: basic(admin.user.email, 'not the password at all'),
    });
    const forged = await app.inject({ method: 'GET', url: DASHBOARD, headers: bearer(`${admin.accessToken}x`) });

    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.headers['www-authenticate']).toBe('Basic realm="queues"');
    expect(forged.statusCode).toBe(401);
  });

  it("answers 403 to a learner's bearer token and to a learner's password", async () => {
    const byToken = await app.inject({ method: 'GET', url: DASHBOARD, headers: bearer(learner.accessToken) });
    const byPassword = await app.inject({
      method: 'GET',
      url: DASHBOARD,
      headers: basic(learner.user.email, learner.password),
    });

    expect(byToken.statusCode).toBe(403);
    expect(byToken.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(byToken.json<ProblemJson>()).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
    expect(byPassword.statusCode).toBe(403);
  });

  it("serves the dashboard's page to an admin's bearer token", async () => {
    const res = await app.inject({ method: 'GET', url: DASHBOARD, headers: bearer(admin.accessToken) });

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain(`<base href="${DASHBOARD}/"`);
  });

  it("serves the dashboard's page to an admin's Basic credentials, verifying the password once a minute", async () => {
    const other = await createUserWithRole(app, Role.Admin);
    const verifyCredentials = jest.spyOn(app.get(AuthService), 'verifyCredentials');
    try {
      const first = await app.inject({
        method: 'GET',
        url: DASHBOARD,
        headers: basic(other.user.email, other.password),
      });
      const polled = await app.inject({
        method: 'GET',
        url: `${DASHBOARD}/api/queues`,
        headers: basic(other.user.email, other.password),
      });

      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toMatch(/^text\/html/);
      expect(polled.statusCode).toBe(200);
      expect(verifyCredentials).toHaveBeenCalledTimes(1);
    } finally {
      verifyCredentials.mockRestore();
    }
  });

  it('lists every queue of the job bus in its JSON API', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `${DASHBOARD}/api/queues`,
      headers: bearer(admin.accessToken),
    });

    expect(res.statusCode).toBe(200);
    const names = res.json<{ queues: { name: string }[] }>().queues.map((queue) => queue.name);
    expect(names.sort()).toEqual([...QUEUE_NAMES].sort());
  });

  it('serves its scripts to an admin only', async () => {
    const page = await app.inject({ method: 'GET', url: DASHBOARD, headers: bearer(admin.accessToken) });
    const script = /<script defer src="(static\/js\/[^"]+)"/.exec(page.body)?.[1];
    const url = `${DASHBOARD}/${script ?? 'missing'}`;

    const asAdmin = await app.inject({ method: 'GET', url, headers: bearer(admin.accessToken) });
    const anonymous = await app.inject({ method: 'GET', url });

    expect(asAdmin.statusCode).toBe(200);
    expect(asAdmin.headers['content-type']).toMatch(/javascript/);
    expect(anonymous.statusCode).toBe(401);
  });

  it("refuses a cross-site change even with an admin's credentials", async () => {
    const res = await app.inject({
      method: 'PUT',
      // An unknown queue: were the check missing, bull-board would answer 404 and change nothing.
      url: `${DASHBOARD}/api/queues/no-such-queue/pause`,
      headers: { ...basic(admin.user.email, admin.password), 'sec-fetch-site': 'cross-site' },
    });

    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it('leaves the versioned API to its own guards', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });

    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="prodev-academy"');
  });
});

/** Basic makes the dashboard a password form: it spends the same per-client budget as POST /auth/login. */
describe('the queue dashboard’s Basic login under guessing', () => {
  const ATTEMPTS_PER_MINUTE = 3;
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  let app: NestFastifyApplication;
  let admin: TestSession;

  beforeAll(async () => {
    database = await createThrowawayDatabase();
    app = await createTestApp({
      DATABASE_URL: database.url,
      DATABASE_MIGRATE_ON_START: 'true',
      // A Redis database of its own: the counters are per client IP and outlive the spec.
      REDIS_URL: await throwawayRedisUrl(9),
      AUTH_RATE_LIMIT_PER_MINUTE: String(ATTEMPTS_PER_MINUTE),
    });
    admin = await createUserWithRole(app, Role.Admin);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers 429 with Retry-After once the budget is spent, even for the right password', async () => {
    const guesses = [];
    for (let i = 0; i < ATTEMPTS_PER_MINUTE; i += 1) {
      guesses.push(await app.inject({ method: 'GET', url: DASHBOARD, headers: basic(admin.user.email, `guess-${i}`) }));
    }
    const right = await app.inject({ method: 'GET', url: DASHBOARD, headers: basic(admin.user.email, admin.password) });

    expect(guesses.map((res) => res.statusCode)).toEqual([401, 401, 401]);
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(right.headers['content-type']).toMatch(PROBLEM_JSON);
  });
});
