import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Role } from '@prodev/auth';
import { CurriculumEvents, type EnrollmentCreatedEvent, type EnrollmentWithdrawnEvent } from '@prodev/curriculum';
import {
  PROBLEM_JSON,
  UNTHROTTLED_AUTH,
  bearer,
  createUserWithRole,
  fieldsOf,
  registerUser,
  signInAs,
  type ProblemJson,
  type SignedInRoles,
  type TestSession,
} from '../support/auth-fixture';
import { countQueries, createCohort, createProgram, setMentors, type CohortJson } from '../support/curriculum-fixture';
import { createTestApp } from '../support/test-app';

interface EnrollmentJson {
  readonly id: string;
  readonly cohortId: string;
  readonly learnerId: string;
  readonly status: string;
  readonly enrolledAt: string;
  readonly withdrawnAt: string | null;
}

interface PageJson<T> {
  readonly data: T[];
  readonly meta: { page: number; pageSize: number; total: number; totalPages: number };
}

describe('Enrollments', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;
  let programId: string;
  let cohort: CohortJson;
  const created: EnrollmentCreatedEvent[] = [];
  const withdrawn: EnrollmentWithdrawnEvent[] = [];

  // Booting the embedded database and hashing passwords is slow on a busy 2-core machine.
  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    as = await signInAs(app);
    programId = (await createProgram(app)).id;
    cohort = await createCohort(app, as.admin.accessToken, programId, { name: 'Main cohort' });
    await setMentors(app, as.admin.accessToken, cohort.id, [as.mentor.user.id]);
    const events = app.get(EventEmitter2);
    events.on(CurriculumEvents.EnrollmentCreated, (event: EnrollmentCreatedEvent) => created.push(event));
    events.on(CurriculumEvents.EnrollmentWithdrawn, (event: EnrollmentWithdrawnEvent) => withdrawn.push(event));
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  const enroll = (cohortId: string, token: string, payload: Record<string, unknown> = {}) =>
    app.inject({ method: 'POST', url: `/api/v1/cohorts/${cohortId}/enrollments`, headers: bearer(token), payload });
  const withdraw = (id: string, token: string) =>
    app.inject({ method: 'DELETE', url: `/api/v1/enrollments/${id}`, headers: bearer(token) });
  const listCohort = (cohortId: string, token: string, query = '') =>
    app.inject({ method: 'GET', url: `/api/v1/cohorts/${cohortId}/enrollments${query}`, headers: bearer(token) });
  const listMine = (token: string, query = '') =>
    app.inject({ method: 'GET', url: `/api/v1/me/enrollments${query}`, headers: bearer(token) });

  describe('POST /cohorts/{id}/enrollments', () => {
    it('enrolls a learner themselves (201) and emits enrollment.created after commit', async () => {
      const learner = await registerUser(app);

      const res = await enroll(cohort.id, learner.accessToken);

      expect(res.statusCode).toBe(201);
      const enrollment = res.json<EnrollmentJson>();
      expect(enrollment).toMatchObject({ cohortId: cohort.id, learnerId: learner.user.id, status: 'active' });
      expect(enrollment.withdrawnAt).toBeNull();
      expect(created).toContainEqual({ enrollmentId: enrollment.id, cohortId: cohort.id, learnerId: learner.user.id });
      const read = await app.inject({
        method: 'GET',
        url: `/api/v1/cohorts/${cohort.id}`,
        headers: bearer(learner.accessToken),
      });
      expect(read.json<CohortJson>().enrolledCount).toBeGreaterThanOrEqual(1);
    });

    it('accepts the learner’s own id in userId', async () => {
      const learner = await registerUser(app);

      const res = await enroll(cohort.id, learner.accessToken, { userId: learner.user.id });

      expect(res.statusCode).toBe(201);
    });

    it('lets an admin enroll an active learner, but not a mentor or an unknown user (422)', async () => {
      const learner = await registerUser(app);

      const ok = await enroll(cohort.id, as.admin.accessToken, { userId: learner.user.id });
      const mentor = await enroll(cohort.id, as.admin.accessToken, { userId: as.mentor.user.id });
      const unknown = await enroll(cohort.id, as.admin.accessToken, { userId: randomUUID() });

      expect(ok.statusCode).toBe(201);
      expect(ok.json<EnrollmentJson>().learnerId).toBe(learner.user.id);
      expect(mentor.statusCode).toBe(422);
      expect(mentor.json()).toMatchObject({ code: 'ENROLLMENT.NOT_A_LEARNER' });
      expect(unknown.statusCode).toBe(422);
    });

    it('refuses a duplicate enrollment (409) and emits nothing for it', async () => {
      const learner = await registerUser(app);
      expect((await enroll(cohort.id, learner.accessToken)).statusCode).toBe(201);
      const before = created.length;

      const again = await enroll(cohort.id, learner.accessToken);

      expect(again.statusCode).toBe(409);
      expect(again.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(again.json()).toMatchObject({ code: 'ENROLLMENT.ALREADY_ENROLLED' });
      expect(created).toHaveLength(before);
    });

    it('gives the last seat to exactly one of two racing learners (201 + 409 COHORT_FULL)', async () => {
      const small = await createCohort(app, as.admin.accessToken, programId, { capacity: 2 });
      const first = await registerUser(app);
      expect((await enroll(small.id, first.accessToken)).statusCode).toBe(201);
      const [a, b] = [await registerUser(app), await registerUser(app)];

      const answers = await Promise.all([enroll(small.id, a.accessToken), enroll(small.id, b.accessToken)]);

      expect(answers.map((res) => res.statusCode).sort()).toEqual([201, 409]);
      const loser = answers.find((res) => res.statusCode === 409)!;
      expect(loser.json()).toMatchObject({ code: 'ENROLLMENT.COHORT_FULL' });
      const read = await app.inject({
        method: 'GET',
        url: `/api/v1/cohorts/${small.id}`,
        headers: bearer(a.accessToken),
      });
      expect(read.json<CohortJson>().enrolledCount).toBe(2);
    });

    it('refuses programs that are not published or archived (422)', async () => {
      const draft = await createProgram(app, { published: false });
      const archived = await createProgram(app, { archived: true });
      const draftCohort = await createCohort(app, as.admin.accessToken, draft.id);
      const archivedCohort = await createCohort(app, as.admin.accessToken, archived.id);

      const toDraft = await enroll(draftCohort.id, as.learner.accessToken);
      const toArchived = await enroll(archivedCohort.id, as.learner.accessToken);

      expect(toDraft.statusCode).toBe(422);
      expect(toDraft.json()).toMatchObject({ code: 'ENROLLMENT.PROGRAM_NOT_OPEN' });
      expect(toArchived.statusCode).toBe(422);
    });

    it('forbids a learner to enroll someone else (403) and mentors altogether (403)', async () => {
      const other = await registerUser(app);

      const forOther = await enroll(cohort.id, as.learner.accessToken, { userId: other.user.id });
      const mentor = await enroll(cohort.id, as.mentor.accessToken);

      expect(forOther.statusCode).toBe(403);
      expect(forOther.json()).toMatchObject({ code: 'ENROLLMENT.FORBIDDEN' });
      expect(mentor.statusCode).toBe(403);
    });

    it('answers 401 without a token, 400 for a bad body or id, 404 for an unknown cohort', async () => {
      const anonymous = await app.inject({ method: 'POST', url: `/api/v1/cohorts/${cohort.id}/enrollments` });
      const badBody = await enroll(cohort.id, as.learner.accessToken, { userId: 'x', seat: 1 });
      const badId = await enroll('nope', as.learner.accessToken);
      const missing = await enroll(randomUUID(), as.learner.accessToken);

      expect(anonymous.statusCode).toBe(401);
      expect(badBody.statusCode).toBe(400);
      expect(fieldsOf(badBody.json<ProblemJson>())).toEqual(['seat', 'userId']);
      expect(badId.statusCode).toBe(400);
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ code: 'COHORT.NOT_FOUND' });
    });
  });

  describe('DELETE /enrollments/{id}', () => {
    let learner: TestSession;
    let enrollment: EnrollmentJson;

    beforeAll(async () => {
      learner = await registerUser(app);
      enrollment = (await enroll(cohort.id, learner.accessToken)).json<EnrollmentJson>();
    });

    it('forbids another learner (403) and mentors (403), and needs a token (401)', async () => {
      const other = await withdraw(enrollment.id, as.learner.accessToken);
      const mentor = await withdraw(enrollment.id, as.mentor.accessToken);
      const anonymous = await app.inject({ method: 'DELETE', url: `/api/v1/enrollments/${enrollment.id}` });

      expect(other.statusCode).toBe(403);
      expect(other.json()).toMatchObject({ code: 'ENROLLMENT.FORBIDDEN' });
      expect(mentor.statusCode).toBe(403);
      expect(anonymous.statusCode).toBe(401);
    });

    it('withdraws (204), keeps the row as history and emits enrollment.withdrawn', async () => {
      const res = await withdraw(enrollment.id, learner.accessToken);

      expect(res.statusCode).toBe(204);
      expect(withdrawn).toContainEqual({
        enrollmentId: enrollment.id,
        cohortId: cohort.id,
        learnerId: learner.user.id,
      });
      const mine = (await listMine(learner.accessToken)).json<PageJson<EnrollmentJson>>();
      expect(mine.data).toEqual([
        expect.objectContaining({ id: enrollment.id, status: 'withdrawn', withdrawnAt: expect.any(String) }),
      ]);
      expect((await withdraw(enrollment.id, learner.accessToken)).statusCode).toBe(204);
    });

    it('re-enrolling after withdrawal reactivates the same enrollment', async () => {
      const res = await enroll(cohort.id, learner.accessToken);

      expect(res.statusCode).toBe(201);
      expect(res.json<EnrollmentJson>()).toMatchObject({ id: enrollment.id, status: 'active', withdrawnAt: null });
    });

    it('lets an admin withdraw anyone (204); 404 for an unknown id, 400 for a bad one', async () => {
      expect((await withdraw(enrollment.id, as.admin.accessToken)).statusCode).toBe(204);
      expect((await withdraw(randomUUID(), as.admin.accessToken)).statusCode).toBe(404);
      expect((await withdraw('nope', as.admin.accessToken)).statusCode).toBe(400);
    });
  });

  describe('GET /cohorts/{id}/enrollments', () => {
    let listed: CohortJson;
    let learners: TestSession[];

    beforeAll(async () => {
      listed = await createCohort(app, as.admin.accessToken, programId);
      await setMentors(app, as.admin.accessToken, listed.id, [as.mentor.user.id]);
      learners = [await registerUser(app, { name: 'Ann' }), await registerUser(app, { name: 'Bob' })];
      for (const learner of learners) await enroll(listed.id, learner.accessToken);
      const bobs = (await listMine(learners[1].accessToken)).json<PageJson<EnrollmentJson>>().data[0];
      await withdraw(bobs.id, learners[1].accessToken);
    });

    it('pages the cohort’s enrollments with learner names and emails for its mentor', async () => {
      const res = await listCohort(listed.id, as.mentor.accessToken, '?sort=enrolledAt');

      expect(res.statusCode).toBe(200);
      const page = res.json<PageJson<EnrollmentJson & { learner: { id: string; name: string; email: string } }>>();
      expect(page.meta).toEqual({ page: 1, pageSize: 20, total: 2, totalPages: 1 });
      expect(page.data.map((row) => row.learner)).toEqual(
        learners.map((learner) => ({ id: learner.user.id, name: learner.user.name, email: learner.user.email })),
      );
    });

    it('filters by status and pages', async () => {
      const active = await listCohort(listed.id, as.admin.accessToken, '?status=active');
      const paged = await listCohort(listed.id, as.admin.accessToken, '?pageSize=1&page=2&sort=enrolledAt');
      const bad = await listCohort(listed.id, as.admin.accessToken, '?status=gone&pageSize=0');

      expect(active.json<PageJson<EnrollmentJson>>().data.map((row) => row.learnerId)).toEqual([learners[0].user.id]);
      expect(paged.json<PageJson<EnrollmentJson>>().meta).toEqual({ page: 2, pageSize: 1, total: 2, totalPages: 2 });
      expect(paged.json<PageJson<EnrollmentJson>>().data[0].learnerId).toBe(learners[1].user.id);
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad.json<ProblemJson>())).toEqual(['pageSize', 'status']);
    });

    it('forbids a mentor of another cohort and learners (403); 404 for an unknown cohort', async () => {
      const otherMentor = await createUserWithRole(app, Role.Mentor);

      const stranger = await listCohort(listed.id, otherMentor.accessToken);
      const learner = await listCohort(listed.id, learners[0].accessToken);
      const missing = await listCohort(randomUUID(), as.admin.accessToken);

      expect(stranger.statusCode).toBe(403);
      expect(stranger.json()).toMatchObject({ code: 'COHORT.NOT_MENTOR' });
      expect(learner.statusCode).toBe(403);
      expect(missing.statusCode).toBe(404);
    });
  });

  describe('GET /me/enrollments', () => {
    it('lists only my enrollments with cohort and program titles', async () => {
      const learner = await registerUser(app);
      const second = await createCohort(app, as.admin.accessToken, programId, { name: 'Second cohort' });
      await enroll(cohort.id, learner.accessToken);
      await enroll(second.id, learner.accessToken);

      const res = await listMine(learner.accessToken, '?sort=enrolledAt');

      expect(res.statusCode).toBe(200);
      const page =
        res.json<PageJson<EnrollmentJson & { cohort: { name: string }; program: { id: string; title: string } }>>();
      expect(page.meta.total).toBe(2);
      expect(page.data.map((row) => row.cohort.name)).toEqual(['Main cohort', 'Second cohort']);
      expect(page.data.every((row) => row.learnerId === learner.user.id && row.program.id === programId)).toBe(true);
      expect(page.data[0].program.title).toMatch(/^Program /);
    });

    it('loads cohorts and programs with the enrollments, not one query each', async () => {
      const one = await registerUser(app);
      const three = await registerUser(app);
      await enroll(cohort.id, one.accessToken);
      for (const name of ['A', 'B', 'C']) {
        const other = await createCohort(app, as.admin.accessToken, (await createProgram(app)).id, { name });
        await enroll(other.id, three.accessToken);
      }

      const forOne = await countQueries(app, () => listMine(one.accessToken));
      const forThree = await countQueries(app, () => listMine(three.accessToken));

      expect(forThree).toBe(forOne);
    });

    it('is empty for someone without enrollments and needs a token', async () => {
      const mentor = await listMine(as.mentor.accessToken);
      const anonymous = await app.inject({ method: 'GET', url: '/api/v1/me/enrollments' });

      expect(mentor.json<PageJson<EnrollmentJson>>()).toEqual({
        data: [],
        meta: { page: 1, pageSize: 20, total: 0, totalPages: 0 },
      });
      expect(anonymous.statusCode).toBe(401);
    });
  });
});
