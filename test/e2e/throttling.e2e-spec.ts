import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PROBLEM_JSON, TEST_PASSWORD, registerUser, uniqueEmail, type InjectResponse } from '../support/auth-fixture';
import { createTestApp } from '../support/test-app';

const AUTH_LIMIT = 3;

/**
 * Rate-limit counters live in the app for the whole file, keyed by client IP
 * (and email): each test speaks from IPs of its own so budgets never carry over.
 */
let lastOctet = 0;
const freshIp = (): string => `10.0.0.${(lastOctet += 1)}`;

describe('Rate limits (in-memory storage)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: String(AUTH_LIMIT) });
  });

  afterAll(async () => {
    await app.close();
  });

  const login = (ip: string, email: string, password = 'not the right password') =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: ip, payload: { email, password } });
  const register = (ip: string, email: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      remoteAddress: ip,
      payload: { email, password: TEST_PASSWORD, name: 'Throttled' },
    });
  const statusesOf = async (requests: (() => Promise<InjectResponse>)[]): Promise<number[]> => {
    const statuses: number[] = [];
    for (const request of requests) statuses.push((await request()).statusCode);
    return statuses;
  };
  const expectThrottled = (res: InjectResponse): void => {
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.json()).toMatchObject({ status: 429, code: 'HTTP.TOO_MANY_REQUESTS' });
    expect(String(res.headers['retry-after'])).toMatch(/^\d+$/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
  };

  describe('login', () => {
    const client = freshIp();
    const email = uniqueEmail('guessed');

    it('refuses the 4th attempt for one email within a minute with 429 and a numeric Retry-After', async () => {
      const allowed = await statusesOf(Array.from({ length: AUTH_LIMIT }, () => () => login(client, email)));
      const fourth = await login(client, email);

      expect(allowed).toEqual([401, 401, 401]);
      expectThrottled(fourth);
    });

    it('keeps that email limited from another IP (per-email limit)', async () => {
      expectThrottled(await login(freshIp(), email));
    });

    it('limits another email from the same client too (per-IP limit)', async () => {
      expectThrottled(await login(client, uniqueEmail('other')));
    });

    it('still lets another email from another IP try', async () => {
      expect((await login(freshIp(), uniqueEmail('unrelated'))).statusCode).toBe(401);
    });

    it('stops one IP trying a different email each time after 3', async () => {
      const ip = freshIp();

      const statuses = await statusesOf(Array.from({ length: AUTH_LIMIT + 1 }, () => () => login(ip, uniqueEmail())));

      expect(statuses).toEqual([401, 401, 401, 429]);
    });

    it('is not fooled by a client claiming another IP in X-Forwarded-For (no trusted proxy)', async () => {
      const ip = freshIp();

      const statuses = await statusesOf(
        Array.from(
          { length: AUTH_LIMIT + 1 },
          () => () =>
            app.inject({
              method: 'POST',
              url: '/api/v1/auth/login',
              remoteAddress: ip,
              headers: { 'x-forwarded-for': freshIp() },
              payload: { email: uniqueEmail(), password: 'not the right password' },
            }),
        ),
      );

      expect(statuses).toEqual([401, 401, 401, 429]);
    });

    it('stops attempts spread over many IPs at one email after 3', async () => {
      const email = uniqueEmail('spread');

      const statuses = await statusesOf(Array.from({ length: AUTH_LIMIT + 1 }, () => () => login(freshIp(), email)));

      expect(statuses).toEqual([401, 401, 401, 429]);
    });

    it('refuses even the right password once the email is limited, whatever its letter case', async () => {
      const { user, password } = await registerUser(app);
      await statusesOf(Array.from({ length: AUTH_LIMIT }, () => () => login(freshIp(), user.email)));

      expectThrottled(await login(freshIp(), ` ${user.email.toUpperCase()} `, password));
    });
  });

  describe('register', () => {
    it('refuses the 4th registration from one IP within a minute', async () => {
      const ip = freshIp();

      const statuses = await statusesOf(
        Array.from({ length: AUTH_LIMIT }, () => () => register(ip, uniqueEmail('signup'))),
      );
      const fourth = await register(ip, uniqueEmail('signup'));

      expect(statuses).toEqual([201, 201, 201]);
      expectThrottled(fourth);
    });
  });

  describe('other routes', () => {
    it('are not held to the credential limit, even for a client it has stopped', async () => {
      const ip = freshIp();
      await statusesOf(Array.from({ length: AUTH_LIMIT + 1 }, () => () => login(ip, uniqueEmail())));

      const statuses = await statusesOf(
        Array.from({ length: 20 }, () => () => app.inject({ method: 'GET', url: '/health/live', remoteAddress: ip })),
      );

      expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));
    });
  });
});
