import { randomUUID } from 'node:crypto';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { User } from '@prodev/auth';
import { Cohort, Enrollment, EnrollmentStatus, Program } from '@prodev/curriculum';
import {
  PROBLEM_JSON,
  UNTHROTTLED_AUTH,
  bearer,
  fieldsOf,
  registerUser,
  signInAs,
  type ProblemJson,
  type SignedInRoles,
} from '../support/auth-fixture';
import {
  postLesson,
  postModule,
  postProgram,
  type LessonJson,
  type ModuleJson,
  type ProgramJson,
} from '../support/programs-fixture';
import type { Page } from '@prodev/core';
import { createTestApp } from '../support/test-app';

type LessonPage = Page<LessonJson>;

describe('Lessons', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;
  let program: ProgramJson;
  let module: ModuleJson;

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    as = await signInAs(app);
    program = await postProgram(app, as.admin, { published: true });
    module = await postModule(app, as.admin, program.id);
  });

  afterAll(async () => {
    await app.close();
  });

  /** An enrollment written straight to the database (the cohorts routes are someone else's). */
  const enroll = async (learnerId: string, programId: string, status = EnrollmentStatus.Active): Promise<void> => {
    const em = app.get(MikroORM).em.fork();
    await RequestContext.create(em, async () => {
      const cohort = new Cohort(em.getReference(Program, programId), 'Cohort', new Date(), new Date(), 10);
      const enrollment = new Enrollment(cohort, em.getReference(User, learnerId));
      enrollment.status = status;
      em.persist([cohort, enrollment]);
      await em.flush();
    });
  };
  const create = (moduleId: string, payload: Record<string, unknown>, token?: string) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/modules/${moduleId}/lessons`,
      headers: token ? bearer(token) : {},
      payload,
    });
  const list = (query: string, token?: string) =>
    app.inject({ method: 'GET', url: `/api/v1/lessons${query}`, headers: token ? bearer(token) : {} });
  const get = (id: string, token?: string) =>
    app.inject({ method: 'GET', url: `/api/v1/lessons/${id}`, headers: token ? bearer(token) : {} });
  const patch = (id: string, payload: Record<string, unknown>, token?: string) =>
    app.inject({ method: 'PATCH', url: `/api/v1/lessons/${id}`, headers: token ? bearer(token) : {}, payload });
  const remove = (id: string, token?: string) =>
    app.inject({ method: 'DELETE', url: `/api/v1/lessons/${id}`, headers: token ? bearer(token) : {} });
  const validLesson = {
    title: 'Status codes',
    content: '# 2xx',
    estimatedMinutes: 20,
    tags: [],
    prerequisiteLessonIds: [],
  };

  describe('creating', () => {
    it('an admin creates a lesson with tags (made on demand, shared by name) and prerequisites: 201', async () => {
      const first = await postLesson(app, as.admin, module.id, { tags: ['http'] });

      const res = await create(
        module.id,
        {
          title: 'Caching',
          content: '# ETags',
          estimatedMinutes: 45,
          tags: ['rest', 'http', 'http'],
          prerequisiteLessonIds: [first.id],
        },
        as.admin.accessToken,
      );

      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({
        id: expect.any(String),
        programId: program.id,
        moduleId: module.id,
        title: 'Caching',
        content: '# ETags',
        estimatedMinutes: 45,
        position: first.position + 1,
        tags: ['http', 'rest'],
        prerequisiteLessonIds: [first.id],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('lists every bad field with 400', async () => {
      const res = await create(
        module.id,
        {
          title: '',
          estimatedMinutes: 1001,
          tags: ['Not A Slug'],
          prerequisiteLessonIds: ['nope'],
          extra: 1,
        },
        as.admin.accessToken,
      );

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual([
        'content',
        'estimatedMinutes',
        'extra',
        'prerequisiteLessonIds',
        'tags',
        'title',
      ]);
    });

    it.each([0, 1.5, '20'])('refuses estimatedMinutes %j', async (estimatedMinutes) => {
      const res = await create(module.id, { ...validLesson, estimatedMinutes }, as.admin.accessToken);

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['estimatedMinutes']);
    });

    it('refuses prerequisites outside the program (or unknown) with 422', async () => {
      const other = await postProgram(app, as.admin);
      const otherModule = await postModule(app, as.admin, other.id);
      const foreign = await postLesson(app, as.admin, otherModule.id);

      for (const id of [foreign.id, randomUUID()]) {
        const res = await create(module.id, { ...validLesson, prerequisiteLessonIds: [id] }, as.admin.accessToken);

        expect(res.statusCode).toBe(422);
        expect(res.json()).toMatchObject({ status: 422, code: 'LESSON.INVALID_PREREQUISITES' });
      }
    });

    it('answers 404 for an unknown module, 401 without a token, 403 for learners and mentors', async () => {
      expect((await create(randomUUID(), validLesson, as.admin.accessToken)).json()).toMatchObject({
        status: 404,
        code: 'MODULE.NOT_FOUND',
      });
      expect((await create(module.id, validLesson)).statusCode).toBe(401);
      expect((await create(module.id, validLesson, as.learner.accessToken)).statusCode).toBe(403);
      expect((await create(module.id, validLesson, as.mentor.accessToken)).statusCode).toBe(403);
    });
  });

  describe('prerequisite cycles', () => {
    it('refuses with 422 LESSON.PREREQUISITE_CYCLE an edge that closes a cycle, and keeps the old edges', async () => {
      const m = await postModule(app, as.admin, program.id);
      const a = await postLesson(app, as.admin, m.id, { title: 'a' });
      const b = await postLesson(app, as.admin, m.id, { title: 'b', prerequisiteLessonIds: [a.id] });
      const c = await postLesson(app, as.admin, m.id, { title: 'c', prerequisiteLessonIds: [b.id] });

      const longCycle = await patch(a.id, { prerequisiteLessonIds: [c.id] }, as.admin.accessToken);
      const selfCycle = await patch(b.id, { prerequisiteLessonIds: [a.id, b.id] }, as.admin.accessToken);

      for (const res of [longCycle, selfCycle]) {
        expect(res.statusCode).toBe(422);
        expect(res.json()).toMatchObject({ status: 422, code: 'LESSON.PREREQUISITE_CYCLE' });
      }
      expect((await get(a.id, as.admin.accessToken)).json()).toMatchObject({ prerequisiteLessonIds: [] });
      expect((await get(b.id, as.admin.accessToken)).json()).toMatchObject({ prerequisiteLessonIds: [a.id] });
    });

    it('accepts reversing an edge once the old one is replaced', async () => {
      const m = await postModule(app, as.admin, program.id);
      const a = await postLesson(app, as.admin, m.id);
      const b = await postLesson(app, as.admin, m.id, { prerequisiteLessonIds: [a.id] });

      expect((await patch(b.id, { prerequisiteLessonIds: [] }, as.admin.accessToken)).statusCode).toBe(200);
      const res = await patch(a.id, { prerequisiteLessonIds: [b.id] }, as.admin.accessToken);

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ prerequisiteLessonIds: [b.id] });
    });
  });

  describe('changing and deleting', () => {
    it('an admin changes title, content, minutes, tags and position', async () => {
      const m = await postModule(app, as.admin, program.id);
      const first = await postLesson(app, as.admin, m.id, { title: 'first', tags: ['old'] });
      const second = await postLesson(app, as.admin, m.id, { title: 'second' });

      const res = await patch(
        second.id,
        { title: 'now first', content: 'new', estimatedMinutes: 5, tags: ['new-tag'], position: 1 },
        as.admin.accessToken,
      );

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: second.id,
        title: 'now first',
        content: 'new',
        estimatedMinutes: 5,
        tags: ['new-tag'],
        position: 1,
      });
      expect((await get(first.id, as.admin.accessToken)).json()).toMatchObject({ position: 2, tags: ['old'] });
    });

    it('validates changes with 400 and answers 404, 401 and 403', async () => {
      const lesson = await postLesson(app, as.admin, module.id);

      const invalid = await patch(lesson.id, { estimatedMinutes: 0, tags: 'http' }, as.admin.accessToken);
      expect(invalid.statusCode).toBe(400);
      expect(fieldsOf(invalid.json<ProblemJson>())).toEqual(['estimatedMinutes', 'tags']);
      expect((await patch(randomUUID(), { title: 'x' }, as.admin.accessToken)).json()).toMatchObject({
        status: 404,
        code: 'LESSON.NOT_FOUND',
      });
      expect((await patch(lesson.id, { title: 'x' })).statusCode).toBe(401);
      expect((await patch(lesson.id, { title: 'x' }, as.learner.accessToken)).statusCode).toBe(403);
    });

    it('deletes a lesson: 204, later lessons move up, then 404', async () => {
      const m = await postModule(app, as.admin, program.id);
      const first = await postLesson(app, as.admin, m.id);
      const second = await postLesson(app, as.admin, m.id);

      expect((await remove(first.id, as.learner.accessToken)).statusCode).toBe(403);
      expect((await remove(first.id)).statusCode).toBe(401);
      const res = await remove(first.id, as.admin.accessToken);

      expect(res.statusCode).toBe(204);
      expect((await get(first.id, as.admin.accessToken)).statusCode).toBe(404);
      expect((await get(second.id, as.admin.accessToken)).json()).toMatchObject({ position: 1 });
      expect((await remove(first.id, as.admin.accessToken)).statusCode).toBe(404);
    });
  });

  describe('reading', () => {
    const word = randomUUID().slice(0, 8);
    let publishedLesson: LessonJson;
    let draftLesson: LessonJson;
    let otherLesson: LessonJson;

    beforeAll(async () => {
      const m = await postModule(app, as.admin, program.id);
      publishedLesson = await postLesson(app, as.admin, m.id, {
        title: `Routing ${word}`,
        tags: [`t-${word}`, 'routing'],
      });
      otherLesson = await postLesson(app, as.admin, m.id, { title: `Other ${word}` });
      const draft = await postProgram(app, as.admin);
      draftLesson = await postLesson(app, as.admin, (await postModule(app, as.admin, draft.id)).id, {
        title: `Draft ${word}`,
        tags: [`t-${word}`],
      });
    });

    it('lists summaries without content; learners and mentors see only published programs’ lessons', async () => {
      const learner = await list(`?q=${word}`, as.learner.accessToken);
      const mentor = await list(`?q=${word}`, as.mentor.accessToken);
      const admin = await list(`?q=${word}`, as.admin.accessToken);

      expect(learner.statusCode).toBe(200);
      expect(learner.json<LessonPage>().data.map((lesson) => lesson.id)).toEqual([publishedLesson.id, otherLesson.id]);
      expect(mentor.json<LessonPage>().data.map((lesson) => lesson.id)).toEqual([publishedLesson.id, otherLesson.id]);
      expect(
        admin
          .json<LessonPage>()
          .data.map((lesson) => lesson.id)
          .sort(),
      ).toEqual([publishedLesson.id, otherLesson.id, draftLesson.id].sort());
      const { content: _content, ...summary } = publishedLesson;
      expect(learner.json<LessonPage>().data[0]).toEqual(summary);
    });

    it('filters by tag, program and module', async () => {
      const byTag = await list(`?tag=t-${word}`, as.admin.accessToken);
      const byProgram = await list(`?programId=${program.id}&q=${word}`, as.admin.accessToken);
      const byModule = await list(`?moduleId=${publishedLesson.moduleId}&sort=-title`, as.admin.accessToken);

      expect(
        byTag
          .json<LessonPage>()
          .data.map((lesson) => lesson.id)
          .sort(),
      ).toEqual([publishedLesson.id, draftLesson.id].sort());
      expect(byProgram.json<LessonPage>().meta.total).toBe(2);
      expect(byModule.json<LessonPage>().data.map((lesson) => lesson.id)).toEqual([publishedLesson.id, otherLesson.id]);
    });

    it('shows every tag of a lesson found by one of them, and pages by lesson (not by joined row)', async () => {
      const byTag = await list(`?tag=t-${word}&programId=${program.id}`, as.learner.accessToken);
      const pages = await Promise.all(
        [1, 2, 3].map((page) =>
          list(`?moduleId=${publishedLesson.moduleId}&pageSize=1&page=${page}`, as.learner.accessToken),
        ),
      );

      expect(byTag.json<LessonPage>().data).toEqual([expect.objectContaining({ tags: ['routing', `t-${word}`] })]);
      expect(pages.map((res) => res.json<LessonPage>().data.map((lesson) => lesson.id))).toEqual([
        [publishedLesson.id],
        [otherLesson.id],
        [],
      ]);
      expect(pages[0]?.json<LessonPage>().meta.total).toBe(2);
    });

    it.each([
      ['programId=nope', 'programId'],
      ['moduleId=1', 'moduleId'],
      ['sort=content', 'sort'],
      ['extra=1', 'extra'],
    ])('refuses ?%s with 400 naming %s', async (query, field) => {
      const res = await list(`?${query}`, as.admin.accessToken);

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual([field]);
    });

    it('needs a token to list or read lessons (401)', async () => {
      expect((await list('')).statusCode).toBe(401);
      expect((await get(publishedLesson.id)).statusCode).toBe(401);
    });

    it('shows the full lesson to admins and any mentor', async () => {
      for (const token of [as.admin.accessToken, as.mentor.accessToken]) {
        const res = await get(publishedLesson.id, token);

        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual(publishedLesson);
      }
    });

    it('shows it to a learner with an active enrollment in the program, refuses others with 403', async () => {
      const enrolled = await registerUser(app);
      const withdrawn = await registerUser(app);
      await enroll(enrolled.user.id, program.id);
      await enroll(withdrawn.user.id, program.id, EnrollmentStatus.Withdrawn);

      const ok = await get(publishedLesson.id, enrolled.accessToken);
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ id: publishedLesson.id, content: publishedLesson.content });
      for (const token of [withdrawn.accessToken, as.learner.accessToken]) {
        const res = await get(publishedLesson.id, token);

        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ status: 403, code: 'LESSON.NOT_ENROLLED' });
      }
    });

    it('answers an unknown lesson with 404 and a malformed id with 400', async () => {
      expect((await get(randomUUID(), as.admin.accessToken)).json()).toMatchObject({
        status: 404,
        code: 'LESSON.NOT_FOUND',
      });
      expect((await get('nope', as.admin.accessToken)).statusCode).toBe(400);
    });
  });
});
