import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobStatus } from '@prodev/core';
import { PROBLEM_JSON, bearer, registerUser, signInAs, uniqueEmail, type SignedInRoles } from './auth-fixture';
import { createCohort, createProgram, enroll } from './curriculum-fixture';
import { jobRecords, waitForJobsDone } from './jobs-fixture';
import { readOutbox } from './mail-outbox';

export interface NotificationJson {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly read: boolean;
  readonly readAt: string | null;
  readonly createdAt: string;
}

interface PageJson<T> {
  readonly data: T[];
  readonly meta: { page: number; pageSize: number; total: number; totalPages: number };
}

export interface NotificationStack {
  readonly app: NestFastifyApplication;
  /** MAIL_OUTBOX_DIR of whichever process sends the email. */
  readonly outboxDir: string;
}

/**
 * What a user sees of notifications, whichever process runs the jobs: run by
 * the e2e spec on the embedded default (jobs in the API process) and by the
 * integration spec with Redis (jobs in a separate worker process).
 */
export function describeNotificationBehaviour(stack: () => NotificationStack): void {
  let as: SignedInRoles;
  const app = (): NestFastifyApplication => stack().app;

  const listMine = async (token: string, query = ''): Promise<PageJson<NotificationJson>> => {
    const res = await app().inject({ method: 'GET', url: `/api/v1/me/notifications${query}`, headers: bearer(token) });
    if (res.statusCode !== 200) throw new Error(`list answered ${res.statusCode}: ${res.body}`);
    return res.json<PageJson<NotificationJson>>();
  };
  const markRead = (token: string, id: string) =>
    app().inject({ method: 'POST', url: `/api/v1/me/notifications/${id}/read`, headers: bearer(token) });

  beforeAll(async () => {
    as = await signInAs(app());
    await waitForJobsDone(app());
  });

  it('welcome a new account: one in-app notification and one email, keyed to the registering request', async () => {
    const email = uniqueEmail('welcome');
    const requestId = `register-${randomUUID()}`;
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'x-request-id': requestId },
      payload: { email, password: 'correct horse battery staple', name: 'Wendy Welcome' },
    });
    const { accessToken, user } = res.json<{ accessToken: string; user: { id: string } }>();
    await waitForJobsDone(app());

    const page = await listMine(accessToken);
    expect(page.data).toEqual([
      expect.objectContaining({ kind: 'welcome', title: 'Welcome to ProDev Academy', read: false, readAt: null }),
    ]);
    expect(page.data[0].body).toContain('Hi Wendy Welcome');
    const mails = (await readOutbox(stack().outboxDir)).filter((mail) => mail.to.includes(email));
    expect(mails).toEqual([expect.objectContaining({ subject: 'Welcome to ProDev Academy' })]);
    const [job] = await jobRecords(app(), { requestId });
    expect(job).toMatchObject({
      name: 'notifications.welcome',
      status: JobStatus.Completed,
      payload: { userId: user.id },
    });
  });

  it('confirm an enrollment with the program and cohort named', async () => {
    const program = await createProgram(app());
    const cohort = await createCohort(app(), as.admin.accessToken, program.id, { name: 'Spring' });
    const learner = await registerUser(app());
    const enrolled = await app().inject({
      method: 'POST',
      url: `/api/v1/cohorts/${cohort.id}/enrollments`,
      headers: bearer(learner.accessToken),
      payload: {},
    });
    expect(enrolled.statusCode).toBe(201);
    await waitForJobsDone(app());

    const kinds = (await listMine(learner.accessToken)).data.map((n) => [n.kind, n.title]);
    expect(kinds).toEqual([
      ['enrollment-confirmed', `You are enrolled in ${program.title}`],
      ['welcome', 'Welcome to ProDev Academy'],
    ]);
    const mails = (await readOutbox(stack().outboxDir)).filter((mail) => mail.to.includes(learner.user.email));
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Welcome to ProDev Academy',
      `You are enrolled in ${program.title}`,
    ]);
    expect(mails[1].text).toContain('cohort "Spring"');
  });

  it('list newest first, page by page, and filter by unread', async () => {
    const learner = await registerUser(app());
    const program = await createProgram(app());
    for (const name of ['One', 'Two']) {
      const cohort = await createCohort(app(), as.admin.accessToken, program.id, { name });
      await enroll(app(), learner.accessToken, cohort.id);
      await waitForJobsDone(app());
    }

    const all = await listMine(learner.accessToken);
    const firstPage = await listMine(learner.accessToken, '?page=1&pageSize=2');
    const lastPage = await listMine(learner.accessToken, '?page=2&pageSize=2');
    expect(all.meta).toEqual({ page: 1, pageSize: 20, total: 3, totalPages: 1 });
    expect(all.data.map((n) => n.kind)).toEqual(['enrollment-confirmed', 'enrollment-confirmed', 'welcome']);
    const created = all.data.map((n) => Date.parse(n.createdAt));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    expect([...firstPage.data, ...lastPage.data].map((n) => n.id)).toEqual(all.data.map((n) => n.id));

    expect((await markRead(learner.accessToken, all.data[2].id)).statusCode).toBe(204);
    expect((await listMine(learner.accessToken, '?unread=true')).data.map((n) => n.id)).toEqual(
      all.data.slice(0, 2).map((n) => n.id),
    );
    expect((await listMine(learner.accessToken, '?unread=false')).data.map((n) => n.id)).toEqual([all.data[2].id]);
  });

  it('mark read once; again changes nothing; nobody else may', async () => {
    const [mine] = (await listMine(as.learner.accessToken)).data;

    const first = await markRead(as.learner.accessToken, mine.id);
    const [afterFirst] = (await listMine(as.learner.accessToken)).data;
    const second = await markRead(as.learner.accessToken, mine.id);
    const [afterSecond] = (await listMine(as.learner.accessToken)).data;
    const byAdmin = await markRead(as.admin.accessToken, mine.id);

    expect([first.statusCode, second.statusCode]).toEqual([204, 204]);
    expect(afterFirst).toMatchObject({ id: mine.id, read: true });
    expect(afterSecond.readAt).toBe(afterFirst.readAt);
    expect(byAdmin.statusCode).toBe(404);
    expect(byAdmin.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it('answer 404 for an unknown id, 400 for a bad id or filter, 401 without a token', async () => {
    const unknown = await markRead(as.learner.accessToken, '3f1c1c2e-6c1a-4c59-9a55-5f0d7c1f9a10');
    const badId = await markRead(as.learner.accessToken, 'not-a-uuid');
    const badFilter = await app().inject({
      method: 'GET',
      url: '/api/v1/me/notifications?unread=maybe',
      headers: bearer(as.learner.accessToken),
    });
    const anonymous = await app().inject({ method: 'GET', url: '/api/v1/me/notifications' });

    expect([unknown.statusCode, badId.statusCode, badFilter.statusCode, anonymous.statusCode]).toEqual([
      404, 400, 400, 401,
    ]);
  });
}
