import { MikroORM } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  CurriculumSeeder,
  PRODEV_PROGRAM,
  Program,
  ProgramModule,
  SEED_TAGS,
  Tag,
  type SeedProgram,
} from '@prodev/curriculum';
import { createTestApp } from '../support/test-app';

/**
 * The seeder behind `npm run seed`, in process on a private in-memory
 * database: all or nothing in one transaction, one program however many runs
 * race, and a program that already exists is never touched. The built CLI on
 * a data folder is covered by seed.e2e-spec.ts.
 */

describe('CurriculumSeeder in process', () => {
  let app: NestFastifyApplication;
  let seeder: CurriculumSeeder;

  beforeAll(async () => {
    app = await createTestApp();
    seeder = app.get(CurriculumSeeder);
  });

  afterAll(async () => {
    await app.close();
  });

  const count = (entity: typeof Program | typeof ProgramModule | typeof Tag): Promise<number> =>
    app.get(MikroORM).em.fork().count(entity, {});

  it('writes nothing at all, tags included, when any part of the program fails (one transaction)', async () => {
    const [first, ...rest] = PRODEV_PROGRAM.modules;
    const broken: SeedProgram = {
      ...PRODEV_PROGRAM,
      modules: [
        first,
        ...rest.slice(0, -1),
        {
          ...rest[rest.length - 1],
          lessons: [{ ...rest[rest.length - 1].lessons[0], prerequisites: ['no.such-lesson'] }],
        },
      ],
    };

    await expect(seeder.seed(broken)).rejects.toThrow(/unknown or later lesson "no\.such-lesson"/);
    expect(await count(Program)).toBe(0);
    expect(await count(ProgramModule)).toBe(0);
    expect(await count(Tag)).toBe(0);
  });

  it('creates once even when two runs race, and the public catalog then serves the program', async () => {
    const results = await Promise.all([seeder.seed(), seeder.seed()]);

    expect(results.map((result) => result.status).sort()).toEqual(['created', 'unchanged']);
    expect(results[0].programId).toBe(results[1].programId);
    expect(results[0]).toMatchObject({ slug: PRODEV_PROGRAM.slug, modules: 9, cohorts: 1 });
    expect(await count(Program)).toBe(1);
    expect(await count(ProgramModule)).toBe(9);
    expect(await count(Tag)).toBe(SEED_TAGS.length);

    const res = await app.inject({ method: 'GET', url: `/api/v1/programs/${PRODEV_PROGRAM.slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: results[0].programId,
      slug: PRODEV_PROGRAM.slug,
      title: PRODEV_PROGRAM.title,
    });
  });

  it('leaves an existing program alone, edits included', async () => {
    const em = app.get(MikroORM).em.fork();
    const program = await em.findOneOrFail(Program, { slug: PRODEV_PROGRAM.slug });
    program.title = 'Renamed by an admin';
    await em.flush();

    const again = await seeder.seed();

    expect(again).toMatchObject({ status: 'unchanged', title: 'Renamed by an admin', modules: 9 });
    expect(await count(ProgramModule)).toBe(9);
  });
});
