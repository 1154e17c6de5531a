import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@prodev/auth';
import {
  PROBLEM_JSON,
  UNTHROTTLED_AUTH,
  bearer,
  createUserWithRole,
  decodeJwt,
  fieldsOf,
  logIn,
  registerUser,
  signInAs,
  type ProblemJson,
  type SignedInRoles,
  type TestSession,
  type UserJson,
} from '../support/auth-fixture';
import type { Page } from '@prodev/core';
import { createTestApp } from '../support/test-app';

type UserPage = Page<UserJson>;

describe('Users (admin)', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    as = await signInAs(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const listUsers = (query: string, token = as.admin.accessToken) =>
    app.inject({ method: 'GET', url: `/api/v1/users${query}`, headers: bearer(token) });
  const getUser = (id: string, token = as.admin.accessToken) =>
    app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: bearer(token) });
  const patchUser = (id: string, payload: Record<string, unknown>, token = as.admin.accessToken) =>
    app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: bearer(token), payload });
  const me = (token: string) => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) });
  const refresh = (refreshToken: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });

  describe('who may manage users', () => {
    it.each(['learner', 'mentor'] as const)('a %s gets 403 AUTH.FORBIDDEN on list, read and change', async (role) => {
      const caller = as[role];

      const answers = [
        await listUsers('', caller.accessToken),
        await getUser(as.admin.user.id, caller.accessToken),
        await patchUser(caller.user.id, { role: 'admin' }, caller.accessToken),
      ];

      for (const res of answers) {
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(res.json()).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
      }
      const self = await me(caller.accessToken);
      expect(self.statusCode).toBe(200);
      expect(self.json()).toMatchObject({ role });
    });
  });

  describe('listing', () => {
    // A batch only this block creates, found again through `q`, so other users in the database do not matter.
    const tag = randomUUID().slice(0, 8);
    const emailOf = (letter: string): string => `${letter}-${tag}@example.com`;
    let created: TestSession[];

    beforeAll(async () => {
      created = [
        await registerUser(app, { email: emailOf('c'), name: `Cleo ${tag}` }),
        await registerUser(app, { email: emailOf('a'), name: `Ada ${tag}` }),
        await registerUser(app, { email: emailOf('b'), name: `Brian ${tag}` }),
        await createUserWithRole(app, Role.Mentor, { email: emailOf('m'), name: `Mona ${tag}` }),
      ];
    });

    it('pages with {data, meta}', async () => {
      const first = await listUsers(`?q=${tag}&pageSize=3&sort=email`);
      const second = await listUsers(`?q=${tag}&pageSize=3&sort=email&page=2`);

      expect(first.statusCode).toBe(200);
      expect(first.json<UserPage>().meta).toEqual({ page: 1, pageSize: 3, total: 4, totalPages: 2 });
      expect(second.json<UserPage>().meta).toEqual({ page: 2, pageSize: 3, total: 4, totalPages: 2 });
      const emails = [...first.json<UserPage>().data, ...second.json<UserPage>().data].map((user) => user.email);
      expect(emails).toEqual([emailOf('a'), emailOf('b'), emailOf('c'), emailOf('m')]);
    });

    it('defaults to page 1 of 20 and shows each user without secrets', async () => {
      const res = await listUsers(`?q=${encodeURIComponent(as.learner.user.email)}`);

      expect(res.statusCode).toBe(200);
      const page = res.json<UserPage>();
      expect(page.meta).toMatchObject({ page: 1, pageSize: 20 });
      expect(page.data).toContainEqual(as.learner.user);
      expect(res.body).not.toMatch(/password|tokenVersion/i);
    });

    it('filters by role', async () => {
      const res = await listUsers(`?role=mentor&pageSize=100`);

      expect(res.statusCode).toBe(200);
      const { data } = res.json<UserPage>();
      expect(data.map((user) => user.id)).toEqual(expect.arrayContaining([as.mentor.user.id, created[3].user.id]));
      expect(data.every((user) => user.role === Role.Mentor)).toBe(true);
    });

    it('searches email and name, ignoring case', async () => {
      const byEmail = await listUsers(`?q=${encodeURIComponent(emailOf('A').toUpperCase())}`);
      const byName = await listUsers(`?q=${encodeURIComponent(`bRiAn ${tag}`)}`);

      expect(byEmail.json<UserPage>().data.map((user) => user.email)).toEqual([emailOf('a')]);
      expect(byName.json<UserPage>().data.map((user) => user.email)).toEqual([emailOf('b')]);
    });

    it('takes % and _ in the search literally', async () => {
      const res = await listUsers(`?q=${encodeURIComponent('%')}`);

      expect(res.statusCode).toBe(200);
      expect(res.json<UserPage>().meta.total).toBe(0);
    });

    it('sorts by email ascending and by -createdAt newest first', async () => {
      const byEmail = await listUsers(`?q=${tag}&sort=email`);
      const newestFirst = await listUsers(`?q=${tag}&sort=-createdAt`);

      expect(byEmail.json<UserPage>().data.map((user) => user.email)).toEqual(
        ['a', 'b', 'c', 'm'].map((letter) => emailOf(letter)),
      );
      expect(newestFirst.json<UserPage>().data.map((user) => user.email)).toEqual(
        ['m', 'b', 'a', 'c'].map((letter) => emailOf(letter)),
      );
    });

    // Unbounded, such pages once reached knex as "2e+21" (parsed as 2, another page's rows) or
    // overflowed PostgreSQL's bigint offset (a 500); `page` is now capped.
    it.each(['461168601842738791', '100000000000000000000'])(
      'answers ?page=%s with an empty page or a 400, never a 500',
      async (page) => {
        const res = await listUsers(`?q=${tag}&page=${page}`);

        const answer =
          res.statusCode === 200
            ? { status: 200, rows: res.json<UserPage>().data.length }
            : { status: res.statusCode, fields: res.statusCode === 400 ? fieldsOf(res.json<ProblemJson>()) : [] };
        const emptyPage = { status: 200, rows: 0 };
        const refused = { status: 400, fields: ['page'] };
        expect([emptyPage, refused]).toContainEqual(answer);
      },
    );

    it.each([
      ['pageSize=101', 'pageSize'],
      ['pageSize=0', 'pageSize'],
      ['page=0', 'page'],
      ['sort=passwordHash', 'sort'],
      ['sort=email;drop', 'sort'],
      ['role=superuser', 'role'],
      ['isAdmin=true', 'isAdmin'],
    ])('refuses ?%s with 400 naming %s', async (query, field) => {
      const res = await listUsers(`?${query}`);

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual([field]);
    });
  });

  describe('one user', () => {
    it('is shown by id', async () => {
      const res = await getUser(as.learner.user.id);

      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(as.learner.user);
    });

    it('answers an unknown id with 404 USER.NOT_FOUND', async () => {
      const res = await getUser(randomUUID());

      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ status: 404, code: 'USER.NOT_FOUND' });
    });

    it('answers a malformed id with 400', async () => {
      const res = await getUser('not-a-uuid');

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    });
  });

  describe('changing a user', () => {
    it('a role change stops the user’s old access token; a new login carries the new role', async () => {
      const user = await registerUser(app);

      const res = await patchUser(user.user.id, { role: 'mentor' });

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: user.user.id, role: 'mentor', active: true });
      const oldToken = await me(user.accessToken);
      expect(oldToken.statusCode).toBe(401);
      expect(oldToken.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
      const again = await logIn(app, user.user.email, user.password);
      expect(decodeJwt(again.accessToken).payload).toMatchObject({ role: 'mentor' });
      expect((await me(again.accessToken)).json()).toMatchObject({ role: 'mentor' });
    });

    it('deactivation stops the access token, the refresh token and logging in; reactivation allows logging in', async () => {
      const user = await registerUser(app);

      const res = await patchUser(user.user.id, { active: false });

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: user.user.id, active: false });
      expect((await me(user.accessToken)).statusCode).toBe(401);
      const refreshed = await refresh(user.refreshToken);
      expect(refreshed.statusCode).toBe(401);
      expect(refreshed.json()).toMatchObject({ code: 'AUTH.INVALID_REFRESH_TOKEN' });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.user.email, password: user.password },
      });
      expect(login.statusCode).toBe(401);
      expect(login.json()).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });

      expect((await patchUser(user.user.id, { active: true })).statusCode).toBe(200);
      const back = await logIn(app, user.user.email, user.password);
      expect((await me(back.accessToken)).statusCode).toBe(200);
      // The logins ended by the deactivation stay ended.
      expect((await refresh(user.refreshToken)).statusCode).toBe(401);
    });

    it('refuses unknown fields with 400 listing them, changing nothing', async () => {
      const user = await registerUser(app);

      const res = await patchUser(user.user.id, { role: 'mentor', email: 'new@example.com', tokenVersion: 0 });

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['email', 'tokenVersion']);
      expect((await getUser(user.user.id)).json()).toMatchObject({ role: 'learner', email: user.user.email });
      expect((await me(user.accessToken)).statusCode).toBe(200);
    });

    it('refuses an unknown role with 400', async () => {
      const res = await patchUser(as.learner.user.id, { role: 'superuser' });

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['role']);
    });

    it('answers a change of an unknown user with 404', async () => {
      const res = await patchUser(randomUUID(), { role: 'mentor' });

      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'USER.NOT_FOUND' });
    });
  });

  // Last in this file: it ends with the fixture admin demoted.
  describe('the last active admin', () => {
    let lastAdmin: TestSession;

    it('cannot demote or deactivate themselves until a second active admin exists', async () => {
      const admins = await listUsers('?role=admin');
      expect(admins.json<UserPage>().data.map((user) => user.id)).toEqual([as.admin.user.id]);

      for (const change of [{ role: 'learner' }, { role: 'mentor' }, { active: false }]) {
        const refused = await patchUser(as.admin.user.id, change);
        expect(refused.statusCode).toBe(409);
        expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(refused.json()).toMatchObject({ status: 409, code: 'USER.LAST_ADMIN' });
      }
      // Refused changes leave the admin's tokens working.
      expect((await listUsers('')).statusCode).toBe(200);

      // A deactivated admin does not count as a second one.
      const retired = await createUserWithRole(app, Role.Admin);
      expect((await patchUser(retired.user.id, { active: false })).statusCode).toBe(200);
      const stillLast = await patchUser(as.admin.user.id, { active: false });
      expect(stillLast.statusCode).toBe(409);
      expect(stillLast.json()).toMatchObject({ code: 'USER.LAST_ADMIN' });

      lastAdmin = await createUserWithRole(app, Role.Admin);
      const demoted = await patchUser(as.admin.user.id, { role: 'mentor' });

      expect(demoted.statusCode).toBe(200);
      expect(demoted.json()).toMatchObject({ role: 'mentor' });
      expect((await listUsers('')).statusCode).toBe(401);
      const nowLast = await patchUser(lastAdmin.user.id, { active: false }, lastAdmin.accessToken);
      expect(nowLast.statusCode).toBe(409);
      expect(nowLast.json()).toMatchObject({ code: 'USER.LAST_ADMIN' });
    });

    it('two admins demoting each other at the same moment leave one active admin', async () => {
      const other = await createUserWithRole(app, Role.Admin);

      const [demoteOther, demoteLast] = await Promise.all([
        patchUser(other.user.id, { role: 'learner' }, lastAdmin.accessToken),
        patchUser(lastAdmin.user.id, { role: 'learner' }, other.accessToken),
      ]);

      // One wins; the other is refused as the last admin (or, arriving later, finds its token already stopped).
      const statuses = [demoteOther.statusCode, demoteLast.statusCode].sort();
      expect(statuses[0]).toBe(200);
      expect([401, 409]).toContain(statuses[1]);
      const survivor = demoteOther.statusCode === 200 ? lastAdmin : other;
      const admins = await listUsers('?role=admin&pageSize=100', survivor.accessToken);
      expect(
        admins
          .json<UserPage>()
          .data.filter((user) => user.active)
          .map((user) => user.id),
      ).toEqual([survivor.user.id]);
    });
  });
});
