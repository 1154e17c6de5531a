import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JWT_AUDIENCE, JWT_ISSUER } from '@prodev/auth';
import {
  PROBLEM_JSON,
  TEST_PASSWORD,
  UNTHROTTLED_AUTH,
  bearer,
  decodeJwt,
  fieldsOf,
  logIn,
  registerUser,
  uniqueEmail,
  type AuthResultJson,
  type ProblemJson,
  type TestSession,
} from '../support/auth-fixture';
import { createTestApp } from '../support/test-app';

describe('Auth', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH, JWT_ACCESS_TTL_SECONDS: '900' });
  });

  afterAll(async () => {
    await app.close();
  });

  const register = (payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/register', payload });
  const login = (payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
  const refresh = (refreshToken: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });
  const me = (accessToken: string) =>
    app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(accessToken) });

  describe('a login from register to logout', () => {
    it('registers, logs in, says who is calling, rotates refresh tokens and revokes a family on reuse', async () => {
      const email = uniqueEmail('ada');
      const registered = await register({ email, password: TEST_PASSWORD, name: 'Ada Lovelace' });
      expect(registered.statusCode).toBe(201);
      expect(registered.json()).toEqual({
        user: {
          id: expect.any(String),
          email,
          name: 'Ada Lovelace',
          role: 'learner',
          active: true,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        },
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 900,
      });
      const userId = registered.json<AuthResultJson>().user.id;

      const loggedIn = await login({ email, password: TEST_PASSWORD });
      expect(loggedIn.statusCode).toBe(200);
      const first = loggedIn.json<AuthResultJson>();
      expect(first.user).toMatchObject({ id: userId, email, role: 'learner' });

      const whoAmI = await me(first.accessToken);
      expect(whoAmI.statusCode).toBe(200);
      expect(whoAmI.json()).toEqual({
        id: userId,
        email,
        name: 'Ada Lovelace',
        role: 'learner',
        createdAt: registered.json<AuthResultJson>().user.createdAt,
      });

      const rotated = await refresh(first.refreshToken);
      expect(rotated.statusCode).toBe(200);
      const second = rotated.json<AuthResultJson>();
      expect(second).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 900,
      });
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await me(second.accessToken)).statusCode).toBe(200);

      const reused = await refresh(first.refreshToken);
      expect(reused.statusCode).toBe(401);
      expect(reused.json()).toMatchObject({ status: 401, code: 'AUTH.INVALID_REFRESH_TOKEN' });

      // The reuse revoked the whole family: its newest refresh token and its access tokens too.
      const newestOfFamily = await refresh(second.refreshToken);
      expect(newestOfFamily.statusCode).toBe(401);
      expect(newestOfFamily.json()).toMatchObject({ code: 'AUTH.INVALID_REFRESH_TOKEN' });
      expect((await me(second.accessToken)).statusCode).toBe(401);

      // Another login of the same user is a family of its own and is untouched.
      const fresh = await logIn(app, email, TEST_PASSWORD);
      expect((await me(fresh.accessToken)).statusCode).toBe(200);

      const loggedOut = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: bearer(fresh.accessToken),
        payload: { refreshToken: fresh.refreshToken },
      });
      expect(loggedOut.statusCode).toBe(204);
      expect(loggedOut.body).toBe('');

      const afterLogout = await refresh(fresh.refreshToken);
      expect(afterLogout.statusCode).toBe(401);
      expect(afterLogout.json()).toMatchObject({ code: 'AUTH.INVALID_REFRESH_TOKEN' });
      const meAfterLogout = await me(fresh.accessToken);
      expect(meAfterLogout.statusCode).toBe(401);
      expect(meAfterLogout.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
    });

    it('does not let one user log out another user’s login', async () => {
      const victim = await registerUser(app);
      const attacker = await registerUser(app);

      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: bearer(attacker.accessToken),
        payload: { refreshToken: victim.refreshToken },
      });

      expect(res.statusCode).toBe(401);
      expect((await me(victim.accessToken)).statusCode).toBe(200);
    });
  });

  describe('register', () => {
    let existing: TestSession;

    beforeAll(async () => {
      existing = await registerUser(app, { email: uniqueEmail('taken') });
    });

    it.each([
      ['the same email', (email: string) => email],
      ['the email in other letter case', (email: string) => email.toUpperCase()],
      ['the email with surrounding spaces', (email: string) => `  ${email.replace(/^./, (c) => c.toUpperCase())} `],
    ])('refuses %s with 409 AUTH.EMAIL_TAKEN', async (_case, variant) => {
      const res = await register({ email: variant(existing.user.email), password: TEST_PASSWORD, name: 'Copy' });

      expect(res.statusCode).toBe(409);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.json()).toMatchObject({ status: 409, code: 'AUTH.EMAIL_TAKEN' });
    });

    it('lets exactly one of several simultaneous registrations of one email through', async () => {
      const email = uniqueEmail('race');

      const answers = await Promise.all(
        [email, email.toUpperCase(), ` ${email} `].map((variant) =>
          register({ email: variant, password: TEST_PASSWORD, name: 'Racer' }),
        ),
      );

      expect(answers.map((res) => res.statusCode).sort()).toEqual([201, 409, 409]);
    });

    it('refuses an 11-character password with 400 naming the password field', async () => {
      const res = await register({ email: uniqueEmail('weak'), password: 'x'.repeat(11), name: 'Weak' });

      expect(res.statusCode).toBe(400);
      const problem = res.json<ProblemJson>();
      expect(problem.code).toBe('VALIDATION.FAILED');
      expect(fieldsOf(problem)).toEqual(['password']);
    });

    // The DTO trims before @IsNotEmpty, so a blank name is refused rather than stored as "".
    it('refuses a name of only spaces with 400 naming the name field', async () => {
      const res = await register({ email: uniqueEmail('blank'), password: TEST_PASSWORD, name: '   ' });

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['name']);
    });

    it('refuses unknown fields with 400 listing each of them', async () => {
      const res = await register({
        email: uniqueEmail('sneaky'),
        password: TEST_PASSWORD,
        name: 'Sneaky',
        role: 'admin',
        isAdmin: true,
      });

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['isAdmin', 'role']);
    });

    it('never returns the password or its hash', async () => {
      const password = `secret-${randomBytes(8).toString('hex')}`;
      const res = await register({ email: uniqueEmail('private'), password, name: 'Private' });

      expect(res.statusCode).toBe(201);
      expect(res.body).not.toContain(password);
      expect(res.body).not.toMatch(/password|tokenVersion|\$argon2/i);
      expect(Object.keys(res.json<AuthResultJson>().user).sort()).toEqual([
        'active',
        'createdAt',
        'email',
        'id',
        'name',
        'role',
        'updatedAt',
      ]);
    });
  });

  describe('login', () => {
    let user: TestSession;

    beforeAll(async () => {
      user = await registerUser(app);
    });

    it('answers a wrong password and an unknown email with the same 401 body', async () => {
      const wrongPassword = await login({ email: user.user.email, password: 'not the right password' });
      const unknownEmail = await login({ email: uniqueEmail('nobody'), password: 'not the right password' });

      expect(wrongPassword.statusCode).toBe(401);
      expect(unknownEmail.statusCode).toBe(401);
      expect(wrongPassword.headers['content-type']).toMatch(PROBLEM_JSON);
      const withoutRequest = ({ requestId: _id, instance: _instance, ...rest }: ProblemJson) => rest;
      expect(withoutRequest(wrongPassword.json<ProblemJson>())).toEqual(
        withoutRequest(unknownEmail.json<ProblemJson>()),
      );
      expect(wrongPassword.json()).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
    });

    it('accepts the email in other case and with surrounding spaces', async () => {
      const res = await login({ email: ` ${user.user.email.toUpperCase()} `, password: user.password });

      expect(res.statusCode).toBe(200);
      expect(res.json<AuthResultJson>().user.id).toBe(user.user.id);
    });

    it('answers a missing email with 400 naming the email field', async () => {
      const res = await login({ password: user.password });

      expect(res.statusCode).toBe(400);
      const problem = res.json<ProblemJson>();
      expect(problem.code).toBe('VALIDATION.FAILED');
      expect(fieldsOf(problem)).toEqual(['email']);
    });
  });

  describe('refresh and me', () => {
    it('spends a refresh token once when it is sent several times at once, and revokes the family', async () => {
      const session = await registerUser(app);

      const answers = await Promise.all([0, 1, 2].map(() => refresh(session.refreshToken)));

      expect(answers.map((res) => res.statusCode).sort()).toEqual([200, 401, 401]);
      const winner = answers.find((res) => res.statusCode === 200)!.json<AuthResultJson>();
      expect((await refresh(winner.refreshToken)).statusCode).toBe(401);
      expect((await me(winner.accessToken)).statusCode).toBe(401);
    });

    it('answers a refresh token it never issued with 401', async () => {
      const res = await refresh(randomBytes(32).toString('base64url'));

      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.json()).toMatchObject({ code: 'AUTH.INVALID_REFRESH_TOKEN' });
    });

    it('answers GET /auth/me without a token with 401 and a Bearer challenge', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });

      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
      expect(res.json()).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
    });
  });

  describe('the access token', () => {
    it('is an HS256 JWT naming its issuer, audience, subject, login and expiry', async () => {
      const session = await registerUser(app);
      const { header, payload } = decodeJwt(session.accessToken);

      expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
      expect(payload).toMatchObject({
        iss: JWT_ISSUER,
        aud: JWT_AUDIENCE,
        sub: session.user.id,
        sid: expect.any(String),
        role: 'learner',
        ver: 0,
        exp: expect.any(Number),
        iat: expect.any(Number),
      });
      expect(Number(payload.exp) - Number(payload.iat)).toBe(900);
      expect(Number(payload.exp) * 1000).toBeGreaterThan(Date.now());
    });
  });
});
