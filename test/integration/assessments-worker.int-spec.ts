import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobStatus } from '@prodev/core';
import { parse } from 'csv-parse/sync';
import { createAssignment, submit } from '../support/assignments-fixture';
import { bearer, signInAs, type SignedInRoles } from '../support/auth-fixture';
import { createCohort, createModule, createProgram, enroll, setMentors } from '../support/curriculum-fixture';
import { jobRecords, waitForJobsDone } from '../support/jobs-fixture';
import { readOutbox } from '../support/mail-outbox';
import type { RunningProcess } from '../support/process';
import { WorkerStack } from '../support/worker-stack';

/**
 * The assessment jobs other than quiz grading, with Redis: the API records and
 * queues, the built worker (its own OS process) tells the learner about their
 * review and builds the grade book export.
 */

const REDIS_DB = 10;

describe('Assessment jobs through the worker process', () => {
  const outboxDir = mkdtempSync(join(tmpdir(), 'prodev-outbox-'));
  let stack: WorkerStack;
  let app: NestFastifyApplication;
  let worker: RunningProcess;
  let as: SignedInRoles;
  let cohortId: string;

  beforeAll(async () => {
    stack = await WorkerStack.start(REDIS_DB, { MAIL_OUTBOX_DIR: outboxDir });
    app = stack.app;
    worker = await stack.startWorker();
    as = await signInAs(app);
    const program = await createProgram(app);
    const module = await createModule(app, program.id, 'Projects', 1);
    cohortId = (await createCohort(app, as.admin.accessToken, program.id)).id;
    await setMentors(app, as.admin.accessToken, cohortId, [as.mentor.user.id]);
    await enroll(app, as.learner.accessToken, cohortId);
    const assignment = await createAssignment(app, as.admin.accessToken, module.id, { title: 'Rate limiter' });
    const submission = await submit(app, as.learner.accessToken, assignment.id);
    await app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${submission.json<{ id: string }>().id}/review`,
      headers: bearer(as.mentor.accessToken),
      payload: {
        scores: [
          { criterion: 'Correctness', points: 55 },
          { criterion: 'Design', points: 35 },
        ],
        feedback: 'Solid work',
      },
    });
    await waitForJobsDone(app);
  }, 90_000);

  afterAll(async () => {
    await stack?.close();
    rmSync(outboxDir, { recursive: true, force: true });
  });

  it('tell the learner about their review, in the app and by email, from the worker', async () => {
    const inbox = await app.inject({
      method: 'GET',
      url: '/api/v1/me/notifications',
      headers: bearer(as.learner.accessToken),
    });
    const mails = (await readOutbox(outboxDir)).filter((mail) => mail.to.includes(as.learner.user.email));
    const [job] = await jobRecords(app, { name: 'notifications.submission-reviewed' });

    expect(inbox.json<{ data: { kind: string }[] }>().data.map((n) => n.kind)).toContain('submission-reviewed');
    expect(mails.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('Rate limiter')]),
    );
    expect(job).toMatchObject({ status: JobStatus.Completed, processedBy: `${hostname()}:${worker.pid}` });
  });

  it('build the grade book export in the worker, matching the grade book', async () => {
    const requested = await app.inject({
      method: 'POST',
      url: `/api/v1/cohorts/${cohortId}/gradebook/exports`,
      headers: bearer(as.mentor.accessToken),
    });
    const { reportId } = requested.json<{ reportId: string }>();
    await waitForJobsDone(app);

    const [job] = await jobRecords(app, { name: 'reports.export-gradebook' });
    const file = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${reportId}/download`,
      headers: bearer(as.mentor.accessToken),
    });
    const book = await app.inject({
      method: 'GET',
      url: `/api/v1/cohorts/${cohortId}/gradebook`,
      headers: bearer(as.mentor.accessToken),
    });

    expect(job).toMatchObject({ status: JobStatus.Completed, processedBy: `${hostname()}:${worker.pid}` });
    expect(file.statusCode).toBe(200);
    const [header, row] = parse(file.body);
    const [learner] = book.json<{ data: { name: string; totalPoints: number }[] }>().data;
    expect(header).toEqual(['Learner', 'Email', 'Rate limiter (assignment)', 'Total']);
    expect(row).toEqual([learner.name, as.learner.user.email, '90', String(learner.totalPoints)]);
  });
});
