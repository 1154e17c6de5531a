import { randomUUID } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@prodev/auth';
import { CurriculumEvents, type LessonCompletedEvent } from '@prodev/curriculum';
import {
  UNTHROTTLED_AUTH,
  bearer,
  createUserWithRole,
  registerUser,
  signInAs,
  type ProblemJson,
  type SignedInRoles,
  type TestSession,
} from '../support/auth-fixture';
import {
  createCohort,
  createLesson,
  createModule,
  createProgram,
  countQueries,
  setMentors,
  type CohortJson,
} from '../support/curriculum-fixture';
import { createTestApp } from '../support/test-app';

interface ProgressJson {
  readonly programId: string;
  readonly title: string;
  readonly lessonsDone: number;
  readonly lessonsTotal: number;
  readonly percent: number;
  readonly modules: { moduleId: string; title: string; lessonsDone: number; lessonsTotal: number; percent: number }[];
}

interface LearnerProgressJson {
  readonly learnerId: string;
  readonly name: string;
  readonly email: string;
  readonly lessonsDone: number;
  readonly lessonsTotal: number;
  readonly percent: number;
}

interface PageJson<T> {
  readonly data: T[];
  readonly meta: { page: number; pageSize: number; total: number; totalPages: number };
}

describe('Lesson completion and progress', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;
  let programId: string;
  let cohort: CohortJson;
  let moduleIds: [string, string];
  // l1 <- l2 (needs l1); l3 needs l1 and l2; l4 is free.
  let l1: string, l2: string, l3: string, l4: string;
  const completed: LessonCompletedEvent[] = [];

  const enroll = async (learner: TestSession, cohortId = cohort.id): Promise<string> => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/cohorts/${cohortId}/enrollments`,
      headers: bearer(learner.accessToken),
    });
    if (res.statusCode !== 201) throw new Error(`enroll answered ${res.statusCode}: ${res.body}`);
    return res.json<{ id: string }>().id;
  };
  const complete = (lessonId: string, token: string) =>
    app.inject({ method: 'PUT', url: `/api/v1/lessons/${lessonId}/completion`, headers: bearer(token) });
  const uncomplete = (lessonId: string, token: string) =>
    app.inject({ method: 'DELETE', url: `/api/v1/lessons/${lessonId}/completion`, headers: bearer(token) });
  const myProgress = (token: string, query = `?programId=${programId}`) =>
    app.inject({ method: 'GET', url: `/api/v1/me/progress${query}`, headers: bearer(token) });
  const cohortProgress = (cohortId: string, token: string, query = '') =>
    app.inject({ method: 'GET', url: `/api/v1/cohorts/${cohortId}/progress${query}`, headers: bearer(token) });

  // Booting the embedded database and hashing passwords is slow on a busy 2-core machine.
  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    as = await signInAs(app);
    programId = (await createProgram(app)).id;
    const m1 = await createModule(app, programId, 'Basics', 1);
    const m2 = await createModule(app, programId, 'Advanced', 2);
    moduleIds = [m1.id, m2.id];
    l1 = (await createLesson(app, m1.id, 'One', 1)).id;
    l2 = (await createLesson(app, m1.id, 'Two', 2, [l1])).id;
    l3 = (await createLesson(app, m2.id, 'Three', 1, [l1, l2])).id;
    l4 = (await createLesson(app, m2.id, 'Four', 2)).id;
    cohort = await createCohort(app, as.admin.accessToken, programId);
    await setMentors(app, as.admin.accessToken, cohort.id, [as.mentor.user.id]);
    await enroll(as.learner);
    app.get(EventEmitter2).on(CurriculumEvents.LessonCompleted, (event: LessonCompletedEvent) => completed.push(event));
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  describe('PUT /lessons/{id}/completion', () => {
    it('completes a lesson (204), idempotently, emitting lesson.completed once', async () => {
      const learner = await registerUser(app);
      await enroll(learner);

      const first = await complete(l1, learner.accessToken);
      const again = await complete(l1, learner.accessToken);

      expect(first.statusCode).toBe(204);
      expect(again.statusCode).toBe(204);
      expect(completed.filter((event) => event.learnerId === learner.user.id)).toEqual([
        { learnerId: learner.user.id, lessonId: l1, programId },
      ]);
    });

    it('refuses a lesson whose prerequisites are not complete (422), listing the missing ids', async () => {
      const learner = await registerUser(app);
      await enroll(learner);

      const none = await complete(l3, learner.accessToken);
      expect((await complete(l1, learner.accessToken)).statusCode).toBe(204);
      const one = await complete(l3, learner.accessToken);

      expect(none.statusCode).toBe(422);
      const problem = none.json<ProblemJson>();
      expect(problem.code).toBe('LESSON.PREREQUISITES_INCOMPLETE');
      expect(problem.detail).toContain(l1);
      expect(problem.detail).toContain(l2);
      expect(one.statusCode).toBe(422);
      const missing = (one.json<ProblemJson>().errors ?? []).map((error) => error.message);
      expect(missing).toEqual([expect.stringContaining(l2)]);
      expect((await complete(l2, learner.accessToken)).statusCode).toBe(204);
      expect((await complete(l3, learner.accessToken)).statusCode).toBe(204);
    });

    it('needs an active enrollment in the lesson’s program (403 ENROLLMENT.NOT_ENROLLED)', async () => {
      const stranger = await registerUser(app);
      const leaver = await registerUser(app);
      const enrollmentId = await enroll(leaver);
      await app.inject({
        method: 'DELETE',
        url: `/api/v1/enrollments/${enrollmentId}`,
        headers: bearer(leaver.accessToken),
      });
      const elsewhere = await registerUser(app);
      const otherProgram = await createProgram(app);
      await enroll(elsewhere, (await createCohort(app, as.admin.accessToken, otherProgram.id)).id);

      for (const learner of [stranger, leaver, elsewhere]) {
        const res = await complete(l1, learner.accessToken);
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ code: 'ENROLLMENT.NOT_ENROLLED' });
      }
      expect((await uncomplete(l1, stranger.accessToken)).statusCode).toBe(403);
    });

    it('is for learners (401, 403), with a UUID (400) of an existing lesson (404)', async () => {
      const anonymous = await app.inject({ method: 'PUT', url: `/api/v1/lessons/${l1}/completion` });
      const mentor = await complete(l1, as.mentor.accessToken);
      const admin = await complete(l1, as.admin.accessToken);
      const badId = await complete('nope', as.learner.accessToken);
      const missing = await complete(randomUUID(), as.learner.accessToken);

      expect(anonymous.statusCode).toBe(401);
      expect(mentor.statusCode).toBe(403);
      expect(admin.statusCode).toBe(403);
      expect(badId.statusCode).toBe(400);
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ code: 'LESSON.NOT_FOUND' });
    });
  });

  describe('DELETE /lessons/{id}/completion and GET /me/progress', () => {
    let learner: TestSession;

    beforeAll(async () => {
      learner = await registerUser(app);
      await enroll(learner);
      for (const lesson of [l1, l2, l4]) expect((await complete(lesson, learner.accessToken)).statusCode).toBe(204);
    });

    it('reports progress per module and in total', async () => {
      const res = await myProgress(learner.accessToken);

      expect(res.statusCode).toBe(200);
      expect(res.json<ProgressJson>()).toEqual({
        programId,
        title: expect.any(String),
        lessonsDone: 3,
        lessonsTotal: 4,
        percent: 75,
        modules: [
          { moduleId: moduleIds[0], title: 'Basics', lessonsDone: 2, lessonsTotal: 2, percent: 100 },
          { moduleId: moduleIds[1], title: 'Advanced', lessonsDone: 1, lessonsTotal: 2, percent: 50 },
        ],
      });
    });

    it('removes a completion others depend on (204), idempotently, and progress follows', async () => {
      const first = await uncomplete(l1, learner.accessToken);
      const again = await uncomplete(l1, learner.accessToken);

      expect(first.statusCode).toBe(204);
      expect(again.statusCode).toBe(204);
      const progress = (await myProgress(learner.accessToken)).json<ProgressJson>();
      expect(progress).toMatchObject({ lessonsDone: 2, lessonsTotal: 4, percent: 50 });
      expect(progress.modules[0]).toMatchObject({ lessonsDone: 1, percent: 50 });
      expect((await complete(l3, learner.accessToken)).statusCode).toBe(422);
    });

    it('validates programId (400), knows the program (404) and is for learners (401, 403)', async () => {
      const missingParam = await myProgress(learner.accessToken, '');
      const badParam = await myProgress(learner.accessToken, '?programId=x');
      const unknown = await myProgress(learner.accessToken, `?programId=${randomUUID()}`);
      const mentor = await myProgress(as.mentor.accessToken);
      const anonymous = await app.inject({ method: 'GET', url: `/api/v1/me/progress?programId=${programId}` });

      expect(missingParam.statusCode).toBe(400);
      expect(badParam.statusCode).toBe(400);
      expect(unknown.statusCode).toBe(404);
      expect(mentor.statusCode).toBe(403);
      expect(anonymous.statusCode).toBe(401);
    });

    it('hides a draft program from learners never enrolled in it (404)', async () => {
      const draft = await createProgram(app, { published: false });

      const res = await myProgress(learner.accessToken, `?programId=${draft.id}`);

      expect(res.statusCode).toBe(404);
    });

    it('takes as many queries for a big program as for a small one', async () => {
      const small = await createProgram(app);
      await createLesson(app, (await createModule(app, small.id, 'Only', 1)).id, 'Only lesson', 1);
      const big = await createProgram(app);
      for (const position of [1, 2, 3]) {
        const module = await createModule(app, big.id, `Module ${position}`, position);
        for (const lesson of [1, 2, 3]) await createLesson(app, module.id, `Lesson ${lesson}`, lesson);
      }

      const forSmall = await countQueries(app, () => myProgress(learner.accessToken, `?programId=${small.id}`));
      const forBig = await countQueries(app, () => myProgress(learner.accessToken, `?programId=${big.id}`));

      expect(forSmall).toBeGreaterThan(0);
      expect(forBig).toBe(forSmall);
    });

    it('shows zero for a learner who completed nothing', async () => {
      // The shared learner is enrolled but never completes anything in this file.
      const res = await myProgress(as.learner.accessToken);

      expect(res.json<ProgressJson>()).toMatchObject({ lessonsDone: 0, lessonsTotal: 4, percent: 0 });
    });
  });

  describe('GET /cohorts/{id}/progress', () => {
    let tracked: CohortJson;
    let zoe: TestSession, amy: TestSession, bea: TestSession;

    beforeAll(async () => {
      tracked = await createCohort(app, as.admin.accessToken, programId);
      await setMentors(app, as.admin.accessToken, tracked.id, [as.mentor.user.id]);
      zoe = await registerUser(app, { name: 'Zoe' });
      amy = await registerUser(app, { name: 'Amy' });
      bea = await registerUser(app, { name: 'Bea' });
      const gone = await registerUser(app, { name: 'Gone' });
      for (const learner of [zoe, amy, bea]) await enroll(learner, tracked.id);
      const goneEnrollment = await enroll(gone, tracked.id);
      await app.inject({
        method: 'DELETE',
        url: `/api/v1/enrollments/${goneEnrollment}`,
        headers: bearer(gone.accessToken),
      });
      for (const lesson of [l1, l2, l4]) await complete(lesson, zoe.accessToken);
      await complete(l1, amy.accessToken);
      await complete(l1, bea.accessToken);
    });

    it('pages learners by percent (highest first), then name, for the cohort’s mentor', async () => {
      const res = await cohortProgress(tracked.id, as.mentor.accessToken);

      expect(res.statusCode).toBe(200);
      const page = res.json<PageJson<LearnerProgressJson>>();
      expect(page.meta).toEqual({ page: 1, pageSize: 20, total: 3, totalPages: 1 });
      expect(page.data).toEqual([
        { learnerId: zoe.user.id, name: 'Zoe', email: zoe.user.email, lessonsDone: 3, lessonsTotal: 4, percent: 75 },
        { learnerId: amy.user.id, name: 'Amy', email: amy.user.email, lessonsDone: 1, lessonsTotal: 4, percent: 25 },
        { learnerId: bea.user.id, name: 'Bea', email: bea.user.email, lessonsDone: 1, lessonsTotal: 4, percent: 25 },
      ]);
    });

    it('computes a page in one aggregate query (plus the access check), whatever the cohort size', async () => {
      const queries = await countQueries(app, () => cohortProgress(tracked.id, as.mentor.accessToken));
      const single = await createCohort(app, as.admin.accessToken, programId);
      await setMentors(app, as.admin.accessToken, single.id, [as.mentor.user.id]);
      await enroll(await registerUser(app), single.id);

      expect(await countQueries(app, () => cohortProgress(single.id, as.mentor.accessToken))).toBe(queries);
    });

    it('pages with page and pageSize, also past the end', async () => {
      const second = await cohortProgress(tracked.id, as.admin.accessToken, '?page=2&pageSize=2');
      const past = await cohortProgress(tracked.id, as.admin.accessToken, '?page=5&pageSize=2');
      const bad = await cohortProgress(tracked.id, as.admin.accessToken, '?pageSize=101&sort=name');

      expect(second.json<PageJson<LearnerProgressJson>>().data.map((row) => row.name)).toEqual(['Bea']);
      expect(second.json<PageJson<LearnerProgressJson>>().meta).toEqual({
        page: 2,
        pageSize: 2,
        total: 3,
        totalPages: 2,
      });
      expect(past.json<PageJson<LearnerProgressJson>>()).toEqual({
        data: [],
        meta: { page: 5, pageSize: 2, total: 3, totalPages: 2 },
      });
      expect(bad.statusCode).toBe(400);
    });

    it('forbids a mentor of another cohort and learners (403); 404 for an unknown cohort; 401', async () => {
      const otherMentor = await createUserWithRole(app, Role.Mentor);

      const stranger = await cohortProgress(tracked.id, otherMentor.accessToken);
      const learner = await cohortProgress(tracked.id, zoe.accessToken);
      const missing = await cohortProgress(randomUUID(), as.admin.accessToken);
      const anonymous = await app.inject({ method: 'GET', url: `/api/v1/cohorts/${tracked.id}/progress` });

      expect(stranger.statusCode).toBe(403);
      expect(stranger.json()).toMatchObject({ code: 'COHORT.NOT_MENTOR' });
      expect(learner.statusCode).toBe(403);
      expect(missing.statusCode).toBe(404);
      expect(anonymous.statusCode).toBe(401);
    });
  });
});
