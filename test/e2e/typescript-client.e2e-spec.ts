import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@prodev/auth';
import { createProDevClient, type ProDevClient } from '../../clients/typescript';
import { TEST_PASSWORD, UNTHROTTLED_AUTH, createUserWithRole, uniqueEmail } from '../support/auth-fixture';
import { createTestApp } from '../support/test-app';

/**
 * The generated TypeScript client (clients/typescript, types from openapi.json) drives a learner's
 * first day over real HTTP: if the document lied about a path, a body or a response, either this
 * file would stop compiling (`npm run typecheck`) or a call below would fail.
 */
describe('Generated TypeScript client', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
  });

  const signedIn = (accessToken: string): ProDevClient =>
    createProDevClient({ baseUrl, headers: { authorization: `Bearer ${accessToken}` } });

  /** An admin publishes a program and opens a cohort, through the client too. */
  async function openCohort(): Promise<{ programSlug: string; programTitle: string; cohortId: string }> {
    const admin = await createUserWithRole(app, Role.Admin);
    const client = signedIn(admin.accessToken);
    const tag = randomUUID().slice(0, 8);
    const slug = `client-${tag}`;
    const title = `Client-driven program ${tag}`;
    const program = await client.POST('/api/v1/programs', {
      body: {
        slug,
        title,
        summary: 'Created by the generated client',
        level: 'beginner',
        published: true,
      },
    });
    if (program.data === undefined) throw new Error(`createProgram failed: ${JSON.stringify(program.error)}`);
    const cohort = await client.POST('/api/v1/programs/{id}/cohorts', {
      params: { path: { id: program.data.id } },
      body: {
        name: 'Client cohort',
        startsAt: '2027-01-10T09:00:00.000Z',
        endsAt: '2027-04-10T17:00:00.000Z',
        capacity: 5,
      },
    });
    if (cohort.data === undefined) throw new Error(`createCohort failed: ${JSON.stringify(cohort.error)}`);
    return { programSlug: slug, programTitle: title, cohortId: cohort.data.id };
  }

  it('registers, logs in, finds a program in the catalog and enrolls in its cohort', async () => {
    const { programSlug, programTitle, cohortId } = await openCohort();
    const anonymous = createProDevClient({ baseUrl });
    const email = uniqueEmail('client');

    const registered = await anonymous.POST('/api/v1/auth/register', {
      body: { email, password: TEST_PASSWORD, name: 'Client Learner' },
    });
    expect(registered.response.status).toBe(201);
    expect(registered.data?.user).toMatchObject({ email, role: 'learner' });

    const login = await anonymous.POST('/api/v1/auth/login', { body: { email, password: TEST_PASSWORD } });
    expect(login.response.status).toBe(200);
    expect(login.data?.tokenType).toBe('Bearer');
    const learner = signedIn(login.data?.accessToken ?? '');

    const catalog = await anonymous.GET('/api/v1/programs', { params: { query: { q: programTitle, pageSize: 10 } } });
    expect(catalog.response.status).toBe(200);
    expect(catalog.data?.data.map((program) => program.slug)).toEqual([programSlug]);
    expect(catalog.data?.meta).toMatchObject({ page: 1, total: 1 });

    const enrolled = await learner.POST('/api/v1/cohorts/{id}/enrollments', {
      params: { path: { id: cohortId } },
      body: {},
    });
    expect(enrolled.response.status).toBe(201);
    expect(enrolled.data).toMatchObject({ cohortId, learnerId: registered.data?.user.id, status: 'active' });

    const mine = await learner.GET('/api/v1/me/enrollments');
    expect(mine.data?.data.map((enrollment) => enrollment.cohortId)).toEqual([cohortId]);
    expect(mine.data?.data[0]?.program.slug).toBe(programSlug);
  });

  it('hands documented errors back as typed problem+json', async () => {
    const { cohortId } = await openCohort();
    const learner = await createUserWithRole(app, Role.Learner);
    const client = signedIn(learner.accessToken);
    await client.POST('/api/v1/cohorts/{id}/enrollments', { params: { path: { id: cohortId } }, body: {} });

    const again = await client.POST('/api/v1/cohorts/{id}/enrollments', {
      params: { path: { id: cohortId } },
      body: {},
    });

    expect(again.response.status).toBe(409);
    expect(again.data).toBeUndefined();
    expect(again.error).toMatchObject({ status: 409, code: expect.stringMatching(/^ENROLLMENT\./) });
  });
});
