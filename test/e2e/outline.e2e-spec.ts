import { randomUUID } from 'node:crypto';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CACHE_MANAGER, type Cache } from '@nestjs/cache-manager';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Lesson, Program, ProgramLevel, ProgramModule, Tag } from '@prodev/curriculum';
import { UNTHROTTLED_AUTH, bearer, signInAs, type SignedInRoles } from '../support/auth-fixture';
import { postLesson, postModule, postProgram } from '../support/programs-fixture';
import { createTestApp } from '../support/test-app';

interface OutlineJson {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly level: string;
  readonly modules: {
    readonly id: string;
    readonly title: string;
    readonly position: number;
    readonly lessons: {
      readonly id: string;
      readonly title: string;
      readonly position: number;
      readonly estimatedMinutes: number;
      readonly prerequisiteLessonIds: string[];
      readonly tags: string[];
    }[];
  }[];
}

describe('Program outline', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    as = await signInAs(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const outline = (idOrSlug: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: `/api/v1/programs/${idOrSlug}/outline`, headers });
  const admin = () => bearer(as.admin.accessToken);

  /** A published program of `modules` × `lessons`, written straight to the database; each lesson needs the one before. */
  const buildProgram = async (modules: number, lessons: number): Promise<string> => {
    const em = app.get(MikroORM).em.fork();
    return RequestContext.create(em, async () => {
      const slug = `outline-${randomUUID().slice(0, 8)}`;
      const program = new Program(slug, `Outline ${modules}x${lessons}`, 'summary', ProgramLevel.Intermediate);
      program.published = true;
      const tags = [new Tag(`${slug}-a`), new Tag(`${slug}-b`)];
      let previous: Lesson | undefined;
      for (let m = 1; m <= modules; m++) {
        const module = new ProgramModule(program, `Module ${m}`, 'summary', m);
        for (let l = 1; l <= lessons; l++) {
          const lesson = new Lesson(module, `Lesson ${m}.${l}`, 'content', 10, l);
          lesson.tags.set(tags);
          if (previous !== undefined) lesson.prerequisites.set([previous]);
          em.persist(lesson);
          previous = lesson;
        }
      }
      await em.persistAndFlush(program);
      return program.id;
    });
  };

  /** SQL statements the database received while `work` ran. */
  const countQueries = async (work: () => Promise<unknown>): Promise<number> => {
    const knex = (app.get(MikroORM).em as EntityManager).getConnection().getKnex();
    let count = 0;
    const listener = (): void => {
      count += 1;
    };
    knex.on('query', listener);
    try {
      await work();
    } finally {
      knex.off('query', listener);
    }
    return count;
  };
  const clearCache = () => app.get<Cache>(CACHE_MANAGER).clear();

  it('answers the tree: modules in order, lessons in order with minutes, prerequisites and tags', async () => {
    const program = await postProgram(app, as.admin, { published: true, level: 'advanced' });
    const second = await postModule(app, as.admin, program.id, { title: 'Second' });
    const first = await postModule(app, as.admin, program.id, { title: 'First', position: 1 });
    const a = await postLesson(app, as.admin, first.id, { title: 'a', estimatedMinutes: 5, tags: ['sql', 'db'] });
    const b = await postLesson(app, as.admin, first.id, { title: 'b', prerequisiteLessonIds: [a.id] });
    const c = await postLesson(app, as.admin, second.id, { title: 'c', prerequisiteLessonIds: [a.id, b.id] });

    const res = await outline(program.slug);

    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(res.json()).toEqual({
      id: program.id,
      slug: program.slug,
      title: program.title,
      level: 'advanced',
      modules: [
        {
          id: first.id,
          title: 'First',
          position: 1,
          lessons: [
            { id: a.id, title: 'a', position: 1, estimatedMinutes: 5, prerequisiteLessonIds: [], tags: ['db', 'sql'] },
            { id: b.id, title: 'b', position: 2, estimatedMinutes: 15, prerequisiteLessonIds: [a.id], tags: [] },
          ],
        },
        {
          id: second.id,
          title: 'Second',
          position: 2,
          lessons: [
            {
              id: c.id,
              title: 'c',
              position: 1,
              estimatedMinutes: 15,
              prerequisiteLessonIds: [a.id, b.id].sort(),
              tags: [],
            },
          ],
        },
      ],
    });
    expect(res.body).not.toContain('# Markdown');
  });

  it('loads a 3×3 and a 10×10 program in the same number of queries', async () => {
    const small = await buildProgram(3, 3);
    const large = await buildProgram(10, 10);
    await clearCache();

    let smallOutline: OutlineJson | undefined;
    let largeOutline: OutlineJson | undefined;
    const smallQueries = await countQueries(async () => {
      smallOutline = (await outline(small)).json<OutlineJson>();
    });
    const largeQueries = await countQueries(async () => {
      largeOutline = (await outline(large)).json<OutlineJson>();
    });

    expect(smallOutline?.modules.flatMap((module) => module.lessons)).toHaveLength(9);
    expect(largeOutline?.modules.flatMap((module) => module.lessons)).toHaveLength(100);
    expect(largeOutline?.modules[9]?.lessons[9]).toMatchObject({
      title: 'Lesson 10.10',
      position: 10,
      prerequisiteLessonIds: [largeOutline?.modules[9]?.lessons[8]?.id],
      tags: expect.arrayContaining([expect.stringMatching(/-a$/), expect.stringMatching(/-b$/)]),
    });
    expect(smallQueries).toBeGreaterThan(0);
    expect(largeQueries).toBe(smallQueries);
    expect(largeQueries).toBeLessThanOrEqual(3);
  });

  it('serves the second read from the cache (no query) and shows a renamed lesson right away', async () => {
    const program = await postProgram(app, as.admin, { published: true });
    const module = await postModule(app, as.admin, program.id);
    const lesson = await postLesson(app, as.admin, module.id, { title: 'Before' });

    const first = await outline(program.id);
    const cachedQueries = await countQueries(() => outline(program.id));
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/v1/lessons/${lesson.id}`,
      headers: admin(),
      payload: { title: 'After' },
    });
    const after = await outline(program.id);

    expect(first.json<OutlineJson>().modules[0]?.lessons[0]?.title).toBe('Before');
    expect(cachedQueries).toBe(0);
    expect(renamed.statusCode).toBe(200);
    expect(after.json<OutlineJson>().modules[0]?.lessons[0]?.title).toBe('After');
    expect(after.headers.etag).not.toBe(first.headers.etag);
  });

  it('answers 304 with an empty body to If-None-Match with the current ETag, 200 once it changed', async () => {
    const program = await postProgram(app, as.admin, { published: true });
    await postModule(app, as.admin, program.id);
    const etag = String((await outline(program.id)).headers.etag);

    const notModified = await outline(program.id, { 'if-none-match': etag });
    const weakInList = await outline(program.slug, { 'if-none-match': `"other", W/${etag}` });
    const stale = await outline(program.id, { 'if-none-match': '"stale"' });

    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    expect(notModified.headers.etag).toBe(etag);
    expect(weakInList.statusCode).toBe(304);
    expect(stale.statusCode).toBe(200);
    expect(stale.headers.etag).toBe(etag);

    await postModule(app, as.admin, program.id, { title: 'New' });
    const changed = await outline(program.id, { 'if-none-match': etag });

    expect(changed.statusCode).toBe(200);
    expect(changed.json<OutlineJson>().modules.map((module) => module.title)).toContain('New');
  });

  it('is refreshed by every write to the tree', async () => {
    const program = await postProgram(app, as.admin, { published: true });
    const module = await postModule(app, as.admin, program.id, { title: 'M1' });
    const lesson = await postLesson(app, as.admin, module.id, { title: 'L1' });
    const titles = async (): Promise<string> => {
      const body = (await outline(program.id)).json<OutlineJson>();
      return `${body.title}|${body.modules.map((m) => `${m.title}:${m.lessons.map((l) => l.title).join(',')}`).join('|')}`;
    };
    const write = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: Record<string, unknown>) =>
      app.inject({ method, url: `/api/v1${url}`, headers: admin(), ...(payload ? { payload } : {}) });

    expect(await titles()).toBe(`${program.title}|M1:L1`);
    await write('PATCH', `/programs/${program.id}`, { title: 'P' });
    expect(await titles()).toBe('P|M1:L1');
    const m2 = (await write('POST', `/programs/${program.id}/modules`, { title: 'M2', summary: 's' })).json<{
      id: string;
    }>();
    expect(await titles()).toBe('P|M1:L1|M2:');
    await write('PATCH', `/modules/${m2.id}`, { title: 'M2b' });
    expect(await titles()).toBe('P|M1:L1|M2b:');
    await write('PUT', `/programs/${program.id}/modules/order`, { moduleIds: [m2.id, module.id] });
    expect(await titles()).toBe('P|M2b:|M1:L1');
    const l2 = (await write('POST', `/modules/${m2.id}/lessons`, { ...lessonBody, title: 'L2' })).json<{
      id: string;
    }>();
    expect(await titles()).toBe('P|M2b:L2|M1:L1');
    await write('PATCH', `/lessons/${lesson.id}`, { title: 'L1b' });
    expect(await titles()).toBe('P|M2b:L2|M1:L1b');
    await write('DELETE', `/lessons/${l2.id}`);
    expect(await titles()).toBe('P|M2b:|M1:L1b');
    await write('DELETE', `/modules/${m2.id}`);
    expect(await titles()).toBe('P|M1:L1b');
  });

  it('hides drafts from everyone but admins (404), and answers unknown programs with 404', async () => {
    const draft = await postProgram(app, as.admin);

    expect((await outline(draft.id)).statusCode).toBe(404);
    expect((await outline(draft.slug, bearer(as.learner.accessToken))).json()).toMatchObject({
      status: 404,
      code: 'PROGRAM.NOT_FOUND',
    });
    expect((await outline(draft.id, admin())).statusCode).toBe(200);
    // Cached by the admin's read, still hidden from the others.
    expect((await outline(draft.id, bearer(as.mentor.accessToken))).statusCode).toBe(404);
    expect((await outline(randomUUID())).statusCode).toBe(404);
    expect((await outline('no-such-program')).statusCode).toBe(404);
  });

  it('follows a slug change', async () => {
    const program = await postProgram(app, as.admin, { published: true });
    expect((await outline(program.slug)).statusCode).toBe(200);
    const slug = `renamed-${randomUUID().slice(0, 8)}`;

    await app.inject({ method: 'PATCH', url: `/api/v1/programs/${program.id}`, headers: admin(), payload: { slug } });

    expect((await outline(program.slug)).statusCode).toBe(404);
    expect((await outline(slug)).json()).toMatchObject({ id: program.id, slug });
  });
});

const lessonBody = { content: 'c', estimatedMinutes: 10, tags: [], prerequisiteLessonIds: [] };
