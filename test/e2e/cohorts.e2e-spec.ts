import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@prodev/auth';
import {
  PROBLEM_JSON,
  UNTHROTTLED_AUTH,
  bearer,
  createUserWithRole,
  fieldsOf,
  signInAs,
  type ProblemJson,
  type SignedInRoles,
} from '../support/auth-fixture';
import { createCohort, createProgram, type CohortJson } from '../support/curriculum-fixture';
import { createTestApp } from '../support/test-app';

describe('Cohorts', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;
  let programId: string;
  let programSlug: string;

  // Booting the embedded database and hashing passwords is slow on a busy 2-core machine.
  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    as = await signInAs(app);
    const program = await createProgram(app);
    programId = program.id;
    programSlug = program.slug;
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  const valid = {
    name: 'Spring 2027',
    startsAt: '2027-03-01T09:00:00.000Z',
    endsAt: '2027-06-01T17:00:00.000Z',
    capacity: 25,
  };
  const post = (program: string, payload: Record<string, unknown>, token = as.admin.accessToken) =>
    app.inject({ method: 'POST', url: `/api/v1/programs/${program}/cohorts`, headers: bearer(token), payload });
  const get = (id: string, token = as.learner.accessToken) =>
    app.inject({ method: 'GET', url: `/api/v1/cohorts/${id}`, headers: bearer(token) });
  const putMentors = (id: string, mentorIds: unknown, token = as.admin.accessToken) =>
    app.inject({ method: 'PUT', url: `/api/v1/cohorts/${id}/mentors`, headers: bearer(token), payload: { mentorIds } });

  describe('POST /programs/{id}/cohorts', () => {
    it('creates a cohort (201) that anyone signed in can read back', async () => {
      const res = await post(programId, valid);

      expect(res.statusCode).toBe(201);
      const cohort = res.json<CohortJson>();
      expect(cohort).toEqual({
        id: expect.any(String),
        programId,
        ...valid,
        enrolledCount: 0,
        mentors: [],
      });
      const read = await get(cohort.id);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toEqual(cohort);
    });

    it('accepts the program slug', async () => {
      const res = await post(programSlug, valid);

      expect(res.statusCode).toBe(201);
      expect(res.json<CohortJson>().programId).toBe(programId);
    });

    it('lists every bad field (400)', async () => {
      const res = await post(programId, { name: '', startsAt: 'soon', capacity: 0, extra: true });

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['capacity', 'endsAt', 'extra', 'name', 'startsAt']);
    });

    it('refuses a capacity above 10000 and an end before the start (400)', async () => {
      const tooBig = await post(programId, { ...valid, capacity: 10_001 });
      const backwards = await post(programId, { ...valid, endsAt: valid.startsAt });

      expect(tooBig.statusCode).toBe(400);
      expect(fieldsOf(tooBig.json<ProblemJson>())).toEqual(['capacity']);
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json()).toMatchObject({ code: 'COHORT.INVALID_DATES' });
      expect(fieldsOf(backwards.json<ProblemJson>())).toEqual(['endsAt']);
    });

    it('is for admins only (401, 403)', async () => {
      const anonymous = await app.inject({
        method: 'POST',
        url: `/api/v1/programs/${programId}/cohorts`,
        payload: valid,
      });
      const mentor = await post(programId, valid, as.mentor.accessToken);
      const learner = await post(programId, valid, as.learner.accessToken);

      expect(anonymous.statusCode).toBe(401);
      expect(mentor.statusCode).toBe(403);
      expect(learner.statusCode).toBe(403);
    });

    it('answers 404 for an unknown program', async () => {
      const byId = await post(randomUUID(), valid);
      const bySlug = await post('no-such-program', valid);

      expect(byId.statusCode).toBe(404);
      expect(byId.json()).toMatchObject({ code: 'PROGRAM.NOT_FOUND' });
      expect(bySlug.statusCode).toBe(404);
    });
  });

  describe('GET /cohorts/{id}', () => {
    it('needs a token (401), a UUID (400) and an existing cohort (404)', async () => {
      const anonymous = await app.inject({ method: 'GET', url: `/api/v1/cohorts/${randomUUID()}` });
      const notUuid = await get('nope');
      const missing = await get(randomUUID());

      expect(anonymous.statusCode).toBe(401);
      expect(notUuid.statusCode).toBe(400);
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ code: 'COHORT.NOT_FOUND' });
    });
  });

  describe('PUT /cohorts/{id}/mentors', () => {
    let cohort: CohortJson;

    beforeAll(async () => {
      cohort = await createCohort(app, as.admin.accessToken, programId);
    });

    it('replaces the mentors (200) and shows them with names', async () => {
      const second = await createUserWithRole(app, Role.Mentor, { name: 'Ada Mentor' });

      const first = await putMentors(cohort.id, [as.mentor.user.id]);
      const replaced = await putMentors(cohort.id, [second.user.id, as.mentor.user.id]);

      expect(first.statusCode).toBe(200);
      expect(first.json<CohortJson>().mentors).toEqual([{ id: as.mentor.user.id, name: as.mentor.user.name }]);
      expect(replaced.statusCode).toBe(200);
      expect(replaced.json<CohortJson>().mentors).toEqual([
        { id: second.user.id, name: 'Ada Mentor' },
        { id: as.mentor.user.id, name: as.mentor.user.name },
      ]);
      expect((await get(cohort.id)).json<CohortJson>().mentors).toHaveLength(2);
      const cleared = await putMentors(cohort.id, []);
      expect(cleared.json<CohortJson>().mentors).toEqual([]);
    });

    it('refuses users who are not active mentors (422), listing them', async () => {
      const inactive = await createUserWithRole(app, Role.Mentor);
      const deactivated = await app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${inactive.user.id}`,
        headers: bearer(as.admin.accessToken),
        payload: { active: false },
      });
      expect(deactivated.statusCode).toBe(200);
      const unknown = randomUUID();

      const res = await putMentors(cohort.id, [as.mentor.user.id, as.learner.user.id, inactive.user.id, unknown]);

      expect(res.statusCode).toBe(422);
      const problem = res.json<ProblemJson>();
      expect(problem.code).toBe('COHORT.INVALID_MENTORS');
      const named = (problem.errors ?? []).map((error) => error.message).join(' ');
      for (const id of [as.learner.user.id, inactive.user.id, unknown]) expect(named).toContain(id);
      expect(named).not.toContain(as.mentor.user.id);
    });

    it('validates the body (400), roles (401, 403) and the cohort (404)', async () => {
      const badIds = await putMentors(cohort.id, ['x']);
      const notArray = await putMentors(cohort.id, 'x');
      const anonymous = await app.inject({
        method: 'PUT',
        url: `/api/v1/cohorts/${cohort.id}/mentors`,
        payload: { mentorIds: [] },
      });
      const mentor = await putMentors(cohort.id, [], as.mentor.accessToken);
      const missing = await putMentors(randomUUID(), []);

      expect(badIds.statusCode).toBe(400);
      expect(notArray.statusCode).toBe(400);
      expect(anonymous.statusCode).toBe(401);
      expect(mentor.statusCode).toBe(403);
      expect(missing.statusCode).toBe(404);
    });
  });
});
