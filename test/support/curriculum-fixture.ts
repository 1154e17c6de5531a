import { randomUUID } from 'node:crypto';
import { MikroORM, RequestContext, type EntityManager } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Lesson, Program, ProgramLevel, ProgramModule } from '@prodev/curriculum';
import { bearer } from './auth-fixture';
import { settleJobs } from './jobs-fixture';

/** Runs `work` with a fresh MikroORM context (outside a request the global one is disabled). */
export async function withEm<T>(app: NestFastifyApplication, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const em = app.get(MikroORM).em.fork();
  return RequestContext.create(em, () => work(em));
}

export interface ProgramOptions {
  readonly published?: boolean;
  readonly archived?: boolean;
}

/** A program written straight to the database (the programs routes are built elsewhere). */
export async function createProgram(app: NestFastifyApplication, options: ProgramOptions = {}): Promise<Program> {
  return withEm(app, async (em) => {
    const tag = randomUUID().slice(0, 8);
    const program = new Program(`program-${tag}`, `Program ${tag}`, 'A test program', ProgramLevel.Beginner);
    program.published = options.published ?? true;
    program.archived = options.archived ?? false;
    await em.persistAndFlush(program);
    return program;
  });
}

export async function createModule(
  app: NestFastifyApplication,
  programId: string,
  title: string,
  position: number,
): Promise<ProgramModule> {
  return withEm(app, async (em) => {
    const module = new ProgramModule(em.getReference(Program, programId), title, 'summary', position);
    await em.persistAndFlush(module);
    return module;
  });
}

export async function createLesson(
  app: NestFastifyApplication,
  moduleId: string,
  title: string,
  position: number,
  prerequisiteIds: readonly string[] = [],
): Promise<Lesson> {
  return withEm(app, async (em) => {
    const lesson = new Lesson(em.getReference(ProgramModule, moduleId), title, '# content', 10, position);
    for (const id of prerequisiteIds) lesson.prerequisites.add(em.getReference(Lesson, id));
    await em.persistAndFlush(lesson);
    return lesson;
  });
}

export interface CohortJson {
  readonly id: string;
  readonly programId: string;
  readonly name: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly capacity: number;
  readonly enrolledCount: number;
  readonly mentors: { id: string; name: string }[];
}

/** Creates a cohort over HTTP as the given admin. */
export async function createCohort(
  app: NestFastifyApplication,
  adminToken: string,
  programId: string,
  overrides: Partial<{ name: string; startsAt: string; endsAt: string; capacity: number }> = {},
): Promise<CohortJson> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/programs/${programId}/cohorts`,
    headers: bearer(adminToken),
    payload: {
      name: 'Cohort',
      startsAt: '2027-01-10T09:00:00.000Z',
      endsAt: '2027-04-10T17:00:00.000Z',
      capacity: 30,
      ...overrides,
    },
  });
  if (res.statusCode !== 201) throw new Error(`create cohort answered ${res.statusCode}: ${res.body}`);
  return res.json<CohortJson>();
}

export async function setMentors(
  app: NestFastifyApplication,
  adminToken: string,
  cohortId: string,
  mentorIds: string[],
): Promise<void> {
  const res = await app.inject({
    method: 'PUT',
    url: `/api/v1/cohorts/${cohortId}/mentors`,
    headers: bearer(adminToken),
    payload: { mentorIds },
  });
  if (res.statusCode !== 200) throw new Error(`set mentors answered ${res.statusCode}: ${res.body}`);
}

/** How many SQL statements `work` sends through the ORM's connection (auth included). */
export async function countQueries(app: NestFastifyApplication, work: () => Promise<unknown>): Promise<number> {
  // Jobs from earlier requests (welcome emails...) share the connection; let them finish first.
  await settleJobs(app);
  const connection = app.get(MikroORM).em.getConnection();
  const spy = jest.spyOn(connection, 'execute');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

/** Enrolls the token's learner in the cohort over HTTP (POST /cohorts/{id}/enrollments). */
export async function enroll(app: NestFastifyApplication, learnerToken: string, cohortId: string): Promise<void> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/cohorts/${cohortId}/enrollments`,
    headers: bearer(learnerToken),
    payload: {},
  });
  if (res.statusCode !== 201) throw new Error(`enroll answered ${res.statusCode}: ${res.body}`);
}
