import { randomUUID } from 'node:crypto';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { User } from '@prodev/auth';
import { Cohort, Enrollment, Program } from '@prodev/curriculum';
import {
  PROBLEM_JSON,
  UNTHROTTLED_AUTH,
  bearer,
  fieldsOf,
  signInAs,
  type ProblemJson,
  type SignedInRoles,
} from '../support/auth-fixture';
import { postModule, postProgram, uniqueSlug, type ProgramJson } from '../support/programs-fixture';
import type { Page } from '@prodev/core';
import { createTestApp } from '../support/test-app';

type ProgramPage = Page<ProgramJson>;

describe('Programs', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    as = await signInAs(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const list = (query: string, token?: string) =>
    app.inject({ method: 'GET', url: `/api/v1/programs${query}`, headers: token ? bearer(token) : {} });
  const get = (idOrSlug: string, token?: string) =>
    app.inject({ method: 'GET', url: `/api/v1/programs/${idOrSlug}`, headers: token ? bearer(token) : {} });
  const create = (payload: Record<string, unknown>, token?: string) =>
    app.inject({ method: 'POST', url: '/api/v1/programs', headers: token ? bearer(token) : {}, payload });
  const patch = (id: string, payload: Record<string, unknown>, token?: string) =>
    app.inject({ method: 'PATCH', url: `/api/v1/programs/${id}`, headers: token ? bearer(token) : {}, payload });
  const remove = (id: string, token?: string) =>
    app.inject({ method: 'DELETE', url: `/api/v1/programs/${id}`, headers: token ? bearer(token) : {} });

  describe('creating', () => {
    it('an admin creates a draft program: 201 with the program', async () => {
      const slug = uniqueSlug();

      const res = await create(
        { slug, title: 'Backend foundations', summary: 'HTTP, SQL, tests', level: 'beginner' },
        as.admin.accessToken,
      );

      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({
        id: expect.any(String),
        slug,
        title: 'Backend foundations',
        summary: 'HTTP, SQL, tests',
        level: 'beginner',
        published: false,
        archived: false,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('refuses a slug already taken with 409 PROGRAM.SLUG_TAKEN', async () => {
      const first = await postProgram(app, as.admin);

      const res = await create(
        { slug: first.slug, title: 'Again', summary: 'x', level: 'advanced' },
        as.admin.accessToken,
      );

      expect(res.statusCode).toBe(409);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.json()).toMatchObject({ status: 409, code: 'PROGRAM.SLUG_TAKEN' });
    });

    it('lists every bad field with 400', async () => {
      const res = await create(
        { slug: 'Not A Slug', title: '', level: 'expert', published: 'yes', extra: 1 },
        as.admin.accessToken,
      );

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['extra', 'level', 'published', 'slug', 'summary', 'title']);
    });

    it.each(['a--b', '-a', 'a-', 'UPPER', 'with space'])('refuses the slug %j', async (slug) => {
      const res = await create({ slug, title: 't', summary: 's', level: 'beginner' }, as.admin.accessToken);

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['slug']);
    });

    it('needs a token (401) and the admin role (403)', async () => {
      const payload = { slug: uniqueSlug(), title: 't', summary: 's', level: 'beginner' };

      const anonymous = await create(payload);
      const learner = await create(payload, as.learner.accessToken);
      const mentor = await create(payload, as.mentor.accessToken);

      expect(anonymous.statusCode).toBe(401);
      expect(learner.statusCode).toBe(403);
      expect(learner.json()).toMatchObject({ code: 'AUTH.FORBIDDEN' });
      expect(mentor.statusCode).toBe(403);
    });
  });

  describe('the catalog', () => {
    const word = randomUUID().slice(0, 8);
    let published: ProgramJson;
    let draft: ProgramJson;
    let archived: ProgramJson;
    let advanced: ProgramJson;

    beforeAll(async () => {
      published = await postProgram(app, as.admin, { title: `Alpha ${word}`, published: true });
      draft = await postProgram(app, as.admin, { title: `Beta ${word}` });
      archived = await postProgram(app, as.admin, { title: `Gamma ${word}`, published: true });
      advanced = await postProgram(app, as.admin, { summary: `Delta ${word}`, level: 'advanced', published: true });
      expect((await patch(archived.id, { archived: true }, as.admin.accessToken)).statusCode).toBe(200);
    });

    it('shows anonymous callers, learners and mentors only published, unarchived programs', async () => {
      for (const token of [undefined, as.learner.accessToken, as.mentor.accessToken]) {
        const res = await list(`?q=${word}&sort=title`, token);

        expect(res.statusCode).toBe(200);
        expect(res.json<ProgramPage>().data.map((program) => program.id)).toEqual([published.id, advanced.id]);
      }
    });

    it('shows admins drafts and archived ones, filtered by ?published', async () => {
      const all = await list(`?q=${word}&sort=title`, as.admin.accessToken);
      const drafts = await list(`?q=${word}&published=false`, as.admin.accessToken);

      expect(all.json<ProgramPage>().data.map((program) => program.id)).toEqual([
        published.id,
        draft.id,
        archived.id,
        advanced.id,
      ]);
      expect(drafts.json<ProgramPage>().data.map((program) => program.id)).toEqual([draft.id]);
    });

    it('filters by level, searches the summary and pages with {data, meta}', async () => {
      const res = await list(`?q=${word}&level=advanced&pageSize=1`);

      expect(res.statusCode).toBe(200);
      expect(res.json<ProgramPage>()).toEqual({
        data: [advanced],
        meta: { page: 1, pageSize: 1, total: 1, totalPages: 1 },
      });
    });

    it('takes % and _ in the search literally', async () => {
      const res = await list(`?q=${encodeURIComponent('%_')}`);

      expect(res.statusCode).toBe(200);
      expect(res.json<ProgramPage>().meta.total).toBe(0);
    });

    it('sorts by -title', async () => {
      const res = await list(`?q=${word}&sort=-title`, as.admin.accessToken);

      // advanced's title is "Program …", after the Greek letters.
      expect(res.json<ProgramPage>().data.map((program) => program.id)).toEqual([
        advanced.id,
        archived.id,
        draft.id,
        published.id,
      ]);
    });

    it.each([
      ['level=expert', 'level'],
      ['published=maybe', 'published'],
      ['sort=summary', 'sort'],
      ['pageSize=101', 'pageSize'],
      ['unknown=1', 'unknown'],
    ])('refuses ?%s with 400 naming %s', async (query, field) => {
      const res = await list(`?${query}`);

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual([field]);
    });

    it('ignores a bad token on the public catalog (anonymous view)', async () => {
      const res = await list(`?q=${word}`, 'not-a-jwt');

      expect(res.statusCode).toBe(200);
      expect(res.json<ProgramPage>().meta.total).toBe(2);
    });

    it('reads one program by id or slug; a draft is 404 except for admins', async () => {
      expect((await get(published.id)).json()).toEqual(published);
      expect((await get(published.slug)).json()).toEqual(published);
      expect((await get(draft.id)).statusCode).toBe(404);
      expect((await get(draft.slug, as.learner.accessToken)).statusCode).toBe(404);
      expect((await get(draft.slug, as.learner.accessToken)).json()).toMatchObject({ code: 'PROGRAM.NOT_FOUND' });
      expect((await get(draft.id, as.admin.accessToken)).json()).toEqual(draft);
    });

    it('answers an unknown program with 404', async () => {
      expect((await get(randomUUID())).statusCode).toBe(404);
      expect((await get('no-such-program')).statusCode).toBe(404);
    });
  });

  describe('changing', () => {
    it('an admin changes some fields and leaves the rest', async () => {
      const program = await postProgram(app, as.admin);

      const res = await patch(program.id, { title: 'Renamed', published: true }, as.admin.accessToken);

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        ...program,
        title: 'Renamed',
        published: true,
        updatedAt: expect.any(String),
      });
    });

    it('refuses another program’s slug with 409 and bad fields with 400', async () => {
      const one = await postProgram(app, as.admin);
      const two = await postProgram(app, as.admin);

      const taken = await patch(two.id, { slug: one.slug }, as.admin.accessToken);
      const invalid = await patch(two.id, { level: 'guru', archived: 'no' }, as.admin.accessToken);

      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ code: 'PROGRAM.SLUG_TAKEN' });
      expect(invalid.statusCode).toBe(400);
      expect(fieldsOf(invalid.json<ProblemJson>())).toEqual(['archived', 'level']);
    });

    it('answers 401 without a token, 403 for a learner, 404 for an unknown program', async () => {
      const program = await postProgram(app, as.admin);

      expect((await patch(program.id, { title: 'x' })).statusCode).toBe(401);
      expect((await patch(program.id, { title: 'x' }, as.learner.accessToken)).statusCode).toBe(403);
      expect((await patch(randomUUID(), { title: 'x' }, as.admin.accessToken)).statusCode).toBe(404);
    });
  });

  describe('deleting', () => {
    it('deletes a program with its modules: 204, then 404', async () => {
      const program = await postProgram(app, as.admin, { published: true });
      await postModule(app, as.admin, program.id);

      const res = await remove(program.id, as.admin.accessToken);

      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      expect((await get(program.id, as.admin.accessToken)).statusCode).toBe(404);
    });

    it('refuses with 409 PROGRAM.HAS_ENROLLMENTS once a learner enrolled in one of its cohorts', async () => {
      const program = await postProgram(app, as.admin);
      const em = app.get(MikroORM).em.fork();
      await RequestContext.create(em, async () => {
        const cohort = new Cohort(
          em.getReference(Program, program.id),
          'Spring',
          new Date('2030-01-01T00:00:00Z'),
          new Date('2030-06-01T00:00:00Z'),
          10,
        );
        em.persist(cohort);
        em.persist(new Enrollment(cohort, em.getReference(User, as.learner.user.id)));
        await em.flush();
      });

      const res = await remove(program.id, as.admin.accessToken);

      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ status: 409, code: 'PROGRAM.HAS_ENROLLMENTS' });
      expect((await get(program.id, as.admin.accessToken)).statusCode).toBe(200);
    });

    it('answers 401 without a token, 403 for a mentor, 404 for an unknown program', async () => {
      const program = await postProgram(app, as.admin);

      expect((await remove(program.id)).statusCode).toBe(401);
      expect((await remove(program.id, as.mentor.accessToken)).statusCode).toBe(403);
      expect((await remove(randomUUID(), as.admin.accessToken)).statusCode).toBe(404);
    });
  });

  describe('modules', () => {
    const post = (programId: string, payload: Record<string, unknown>, token?: string) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/programs/${programId}/modules`,
        headers: token ? bearer(token) : {},
        payload,
      });
    const patchModule = (id: string, payload: Record<string, unknown>, token?: string) =>
      app.inject({ method: 'PATCH', url: `/api/v1/modules/${id}`, headers: token ? bearer(token) : {}, payload });
    const deleteModule = (id: string, token?: string) =>
      app.inject({ method: 'DELETE', url: `/api/v1/modules/${id}`, headers: token ? bearer(token) : {} });
    const reorder = (programId: string, moduleIds: unknown, token?: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/programs/${programId}/modules/order`,
        headers: token ? bearer(token) : {},
        payload: { moduleIds },
      });
    const titlesInOrder = async (programId: string): Promise<string[]> => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/programs/${programId}/outline`,
        headers: bearer(as.admin.accessToken),
      });
      return res
        .json<{ modules: { title: string; position: number }[] }>()
        .modules.map((module) => `${module.position}:${module.title}`);
    };

    it('appends by default and inserts at a position, moving later modules down', async () => {
      const program = await postProgram(app, as.admin);

      const first = await post(program.id, { title: 'A', summary: 's' }, as.admin.accessToken);
      await post(program.id, { title: 'B', summary: 's' }, as.admin.accessToken);
      const inserted = await post(program.slug, { title: 'X', summary: 's', position: 1 }, as.admin.accessToken);
      await post(program.id, { title: 'Z', summary: 's', position: 99 }, as.admin.accessToken);

      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ programId: program.id, title: 'A', summary: 's', position: 1 });
      expect(inserted.json()).toMatchObject({ title: 'X', position: 1 });
      expect(await titlesInOrder(program.id)).toEqual(['1:X', '2:A', '3:B', '4:Z']);
    });

    it('changes a module and moves it; deleting one closes the gap', async () => {
      const program = await postProgram(app, as.admin);
      const a = await postModule(app, as.admin, program.id, { title: 'A' });
      const b = await postModule(app, as.admin, program.id, { title: 'B' });
      await postModule(app, as.admin, program.id, { title: 'C' });

      const moved = await patchModule(a.id, { title: 'A2', position: 3 }, as.admin.accessToken);
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ id: a.id, title: 'A2', summary: a.summary, position: 3 });
      expect(await titlesInOrder(program.id)).toEqual(['1:B', '2:C', '3:A2']);

      const removed = await deleteModule(b.id, as.admin.accessToken);
      expect(removed.statusCode).toBe(204);
      expect(await titlesInOrder(program.id)).toEqual(['1:C', '2:A2']);
    });

    it('reorders with exactly the program’s module ids: 200 with the ordered modules', async () => {
      const program = await postProgram(app, as.admin);
      const a = await postModule(app, as.admin, program.id, { title: 'A' });
      const b = await postModule(app, as.admin, program.id, { title: 'B' });
      const c = await postModule(app, as.admin, program.id, { title: 'C' });

      const res = await reorder(program.id, [c.id, a.id, b.id], as.admin.accessToken);

      expect(res.statusCode).toBe(200);
      expect(res.json<{ id: string; position: number }[]>().map((m) => [m.id, m.position])).toEqual([
        [c.id, 1],
        [a.id, 2],
        [b.id, 3],
      ]);
      expect(await titlesInOrder(program.id)).toEqual(['1:C', '2:A', '3:B']);
    });

    it('refuses an order that is not exactly the program’s modules with 422 MODULE.ORDER_MISMATCH', async () => {
      const program = await postProgram(app, as.admin);
      const other = await postProgram(app, as.admin);
      const a = await postModule(app, as.admin, program.id);
      const b = await postModule(app, as.admin, program.id);
      const foreign = await postModule(app, as.admin, other.id);

      for (const ids of [[a.id], [a.id, b.id, b.id], [a.id, a.id], [a.id, foreign.id], [a.id, b.id, randomUUID()]]) {
        const res = await reorder(program.id, ids, as.admin.accessToken);

        expect(res.statusCode).toBe(422);
        expect(res.json()).toMatchObject({ status: 422, code: 'MODULE.ORDER_MISMATCH' });
      }
    });

    it('validates bodies with 400', async () => {
      const program = await postProgram(app, as.admin);
      const module = await postModule(app, as.admin, program.id);

      const badCreate = await post(program.id, { title: '', position: 0, extra: true }, as.admin.accessToken);
      const badPatch = await patchModule(module.id, { position: 'first' }, as.admin.accessToken);
      const badOrder = await reorder(program.id, ['not-a-uuid'], as.admin.accessToken);
      const badId = await patchModule('not-a-uuid', { title: 'x' }, as.admin.accessToken);

      expect(badCreate.statusCode).toBe(400);
      expect(fieldsOf(badCreate.json<ProblemJson>())).toEqual(['extra', 'position', 'summary', 'title']);
      expect(badPatch.statusCode).toBe(400);
      expect(fieldsOf(badPatch.json<ProblemJson>())).toEqual(['position']);
      expect(badOrder.statusCode).toBe(400);
      expect(fieldsOf(badOrder.json<ProblemJson>())).toEqual(['moduleIds']);
      expect(badId.statusCode).toBe(400);
    });

    it('answers 404 for an unknown program or module', async () => {
      const unknown = randomUUID();

      expect((await post(unknown, { title: 't', summary: 's' }, as.admin.accessToken)).json()).toMatchObject({
        status: 404,
        code: 'PROGRAM.NOT_FOUND',
      });
      expect((await patchModule(unknown, { title: 't' }, as.admin.accessToken)).json()).toMatchObject({
        status: 404,
        code: 'MODULE.NOT_FOUND',
      });
      expect((await deleteModule(unknown, as.admin.accessToken)).statusCode).toBe(404);
      expect((await reorder(unknown, [], as.admin.accessToken)).statusCode).toBe(404);
    });

    it('answers 401 without a token and 403 to learners and mentors', async () => {
      const program = await postProgram(app, as.admin);
      const module = await postModule(app, as.admin, program.id);
      const calls = (token?: string) => [
        post(program.id, { title: 't', summary: 's' }, token),
        patchModule(module.id, { title: 't' }, token),
        reorder(program.id, [module.id], token),
        deleteModule(module.id, token),
      ];

      for (const res of await Promise.all(calls())) expect(res.statusCode).toBe(401);
      for (const token of [as.learner.accessToken, as.mentor.accessToken]) {
        for (const res of await Promise.all(calls(token))) {
          expect(res.statusCode).toBe(403);
          expect(res.json()).toMatchObject({ code: 'AUTH.FORBIDDEN' });
        }
      }
    });
  });
});
