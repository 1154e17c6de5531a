import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  UNTHROTTLED_AUTH,
  bearer,
  registerUser,
  signInAs,
  type SignedInRoles,
  type TestSession,
} from '../support/auth-fixture';
import { createCohort, createProgram } from '../support/curriculum-fixture';
import { createTestApp } from '../support/test-app';
import { createThrowawayDatabase } from '../support/throwaway-database';

/**
 * The embedded database has one connection, so requests queue and a race can
 * never show. Here a real pool runs the enrollments truly in parallel: only the
 * cohort row lock keeps the seat count honest.
 */
describe('Enrollment capacity on a real PostgreSQL pool', () => {
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  let app: NestFastifyApplication;
  let as: SignedInRoles;
  let programId: string;

  beforeAll(async () => {
    database = await createThrowawayDatabase();
    app = await createTestApp({
      ...UNTHROTTLED_AUTH,
      DATABASE_URL: database.url,
      DATABASE_MIGRATE_ON_START: 'true',
      DATABASE_POOL_MAX: '8',
    });
    as = await signInAs(app);
    programId = (await createProgram(app)).id;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const enroll = (cohortId: string, learner: TestSession) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/cohorts/${cohortId}/enrollments`,
      headers: bearer(learner.accessToken),
    });

  it('gives exactly `capacity` seats to learners racing for them', async () => {
    const cohort = await createCohort(app, as.admin.accessToken, programId, { capacity: 3 });
    const learners: TestSession[] = [];
    for (let i = 0; i < 8; i += 1) learners.push(await registerUser(app));

    const answers = await Promise.all(learners.map((learner) => enroll(cohort.id, learner)));

    const statuses = answers.map((res) => res.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(5);
    for (const res of answers.filter((answer) => answer.statusCode === 409)) {
      expect(res.json()).toMatchObject({ code: 'ENROLLMENT.COHORT_FULL' });
    }
    const read = await app.inject({
      method: 'GET',
      url: `/api/v1/cohorts/${cohort.id}`,
      headers: bearer(as.admin.accessToken),
    });
    expect(read.json()).toMatchObject({ capacity: 3, enrolledCount: 3 });
  }, 60_000);

  it('enrolls a learner once when the same request arrives twice at once', async () => {
    const cohort = await createCohort(app, as.admin.accessToken, programId, { capacity: 10 });
    const learner = await registerUser(app);

    const answers = await Promise.all([enroll(cohort.id, learner), enroll(cohort.id, learner)]);

    expect(answers.map((res) => res.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((res) => res.statusCode === 409)!.json()).toMatchObject({
      code: 'ENROLLMENT.ALREADY_ENROLLED',
    });
  });
});
