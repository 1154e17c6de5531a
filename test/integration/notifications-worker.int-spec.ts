import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role, User } from '@prodev/auth';
import { BullQueues, JobBus, JobStatus, Queues } from '@prodev/core';
import { Notification, WelcomeJob } from '@prodev/notifications';
import type { Queue } from 'bull';
import { eventually } from '../support/eventually';
import { jobRecords, waitForJobsDone } from '../support/jobs-fixture';
import { describeNotificationBehaviour } from '../support/notification-scenarios';
import { freePort, type RunningProcess } from '../support/process';
import { WorkerStack } from '../support/worker-stack';

/**
 * Notifications with Redis: the API only records and queues; the built worker,
 * started as its own OS process, runs the jobs. Then the ways a worker dies or
 * a message gets lost, and what the job bus does about each.
 */

const REDIS_DB = 14;
const GRACE_PERIOD_MS = 10_000;

describe('Notifications through the worker process', () => {
  const outboxDir = mkdtempSync(join(tmpdir(), 'prodev-outbox-'));
  let stack: WorkerStack;
  let app: NestFastifyApplication;
  let queue: Queue;
  let first: RunningProcess;

  const startWorker = (overrides: Record<string, string> = {}): Promise<RunningProcess> => stack.startWorker(overrides);

  async function stopWorker(worker: RunningProcess): Promise<void> {
    worker.signal('SIGTERM');
    await worker.waitForExit(GRACE_PERIOD_MS + 5_000);
  }

  /** Learners written straight to the database, each with a welcome job queued (the API's JobBus). */
  async function learnersWithWelcomeJobs(count: number): Promise<string[]> {
    const em = app.get(MikroORM).em.fork();
    const users = Array.from(
      { length: count },
      (_, i) => new User(`bulk-${randomUUID()}@example.com`, `Bulk ${i}`, 'not-a-real-hash', Role.Learner),
    );
    await em.persistAndFlush(users);
    const bus = app.get(JobBus);
    await Promise.all(users.map((user) => bus.enqueue(WelcomeJob, { userId: user.id })));
    return users.map((user) => user.id);
  }

  const notificationsFor = (userIds: string[]): Promise<Notification[]> =>
    app
      .get(MikroORM)
      .em.fork()
      .find(Notification, { recipient: { $in: userIds } });

  async function waitForNotifications(userIds: string[], atLeast: number, timeoutMs: number): Promise<void> {
    await eventually(async () => ((await notificationsFor(userIds)).length >= atLeast ? true : undefined), {
      timeoutMs,
      intervalMs: 20,
      describe: async () => `${(await notificationsFor(userIds)).length} of ${atLeast} notifications`,
    });
  }

  beforeAll(async () => {
    stack = await WorkerStack.start(REDIS_DB, {
      MAIL_OUTBOX_DIR: outboxDir,
      SHUTDOWN_TIMEOUT_MS: String(GRACE_PERIOD_MS),
      // Short enough for a spec to watch a killed worker's jobs come back.
      JOBS_LOCK_DURATION_MS: '2000',
      JOBS_STALLED_INTERVAL_MS: '1000',
      JOBS_SWEEP_INTERVAL_MS: '1000',
      JOBS_SWEEP_AFTER_MS: '3000',
    });
    app = stack.app;
    queue = app.get(BullQueues).get(Queues.Notifications);
    first = await startWorker();
  }, 90_000);

  afterAll(async () => {
    await stack?.close();
    rmSync(outboxDir, { recursive: true, force: true });
  });

  describe('as users see them', () => {
    describeNotificationBehaviour(() => ({ app, outboxDir }));
  });

  it('are made by the worker, not the API, which logs them under the request id', async () => {
    const requestId = `signup-${randomUUID()}`;
    await registerWithRequestId(app, requestId);
    await waitForJobsDone(app);

    const [job] = await jobRecords(app, { requestId });
    expect(job).toMatchObject({ status: JobStatus.Completed, processedBy: `${hostname()}:${first.pid}` });
    expect(first.pid).not.toBe(process.pid);
    await expect(
      first.waitForLine(new RegExp(`"requestId":"${requestId}".*Job notifications\\.welcome ${job.id} done`), {
        timeoutMs: 5_000,
        stream: 'stdout',
      }),
    ).resolves.toBeDefined();
  });

  it('answer the worker readiness probe on its own port', async () => {
    const port = await freePort();
    const worker = await startWorker({ WORKER_HEALTH_PORT: String(port) });

    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    const live = await fetch(`http://127.0.0.1:${port}/health/live`);

    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
    expect(live.status).toBe(200);
    await stopWorker(worker);
  });

  it('survive SIGTERM mid-batch: the worker finishes what it holds, exits 0, and nothing is lost', async () => {
    await stopWorker(first);
    const userIds = await learnersWithWelcomeJobs(40);
    const worker = await startWorker({ WORKER_CONCURRENCY_NOTIFICATIONS: '2' });
    await waitForNotifications(userIds, 5, 20_000);

    const stoppedAt = Date.now();
    worker.signal('SIGTERM');
    const exit = await worker.waitForExit(GRACE_PERIOD_MS + 5_000);

    expect(exit.code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(GRACE_PERIOD_MS);
    // Nothing is still held: what it was running finished, and a job Bull's blocking fetch moved to
    // `active` as the connection closed carries no lock, so the next stalled check returns it.
    const locked = await Promise.all((await queue.getActive()).map((job) => queue.client.exists(job.lockKey())));
    expect(locked.filter((count) => count > 0)).toEqual([]);
    const next = await startWorker();
    await waitForJobsDone(app);
    const notifications = await notificationsFor(userIds);
    expect(new Set(notifications.map((n) => n.recipient.id)).size).toBe(40);
    expect(notifications).toHaveLength(40);
    await stopWorker(next);
  });

  it('survive SIGKILL mid-batch: 200 jobs, none missing, none twice', async () => {
    const userIds = await learnersWithWelcomeJobs(200);
    const victim = await startWorker({ WORKER_CONCURRENCY_NOTIFICATIONS: '4' });
    await waitForNotifications(userIds, 20, 30_000);

    victim.signal('SIGKILL');
    await victim.waitForExit(5_000);
    const heldWhenKilled = await queue.getActiveCount();
    const doneWhenKilled = (await notificationsFor(userIds)).length;
    const rescuer = await startWorker();
    await waitForJobsDone(app, 60_000);

    const notifications = await notificationsFor(userIds);
    const perUser = new Map<string, number>();
    for (const n of notifications) perUser.set(n.recipient.id, (perUser.get(n.recipient.id) ?? 0) + 1);
    expect(doneWhenKilled).toBeLessThan(200);
    expect(heldWhenKilled).toBeGreaterThan(0);
    expect({
      missing: userIds.filter((id) => !perUser.has(id)).length,
      duplicated: [...perUser.values()].filter((count) => count > 1).length,
    }).toEqual({ missing: 0, duplicated: 0 });
    expect(notifications.every((n) => n.emailSentAt !== null)).toBe(true);
    const records = await jobRecords(app, { status: JobStatus.Completed });
    expect(records.filter((r) => userIds.includes((r.payload as { userId: string }).userId))).toHaveLength(200);
    await stopWorker(rescuer);
  }, 120_000);

  it('fail a job with a malformed payload at once, with the reason, and go on with the next', async () => {
    const worker = await startWorker();
    const bad = await queue.add(WelcomeJob.name, { payload: { userId: 'nobody' }, requestId: null }, { attempts: 5 });
    const [userId] = await learnersWithWelcomeJobs(1);

    await waitForNotifications([userId], 1, 10_000);
    const failed = await eventually(
      async () => ((await bad.getState()) === 'failed' ? queue.getJob(bad.id) : undefined),
      {
        timeoutMs: 10_000,
        describe: async () => `the bad job is ${await bad.getState()}`,
      },
    );
    expect(failed?.failedReason).toBe('Invalid payload for job "notifications.welcome": userId: userId must be a UUID');
    expect(failed?.attemptsMade).toBe(1);
    await stopWorker(worker);
  });

  it('bring back a job whose Redis message was lost, through the sweeper', async () => {
    const [userId] = await learnersWithWelcomeJobs(1);
    const [record] = await jobRecords(app, { payload: { userId } });
    await (await queue.getJob(record.id))?.remove();
    expect(await queue.getJob(record.id)).toBeNull();

    const worker = await startWorker();
    await worker.waitForLine(/Re-queued 1 overdue job/, { timeoutMs: 20_000, stream: 'stdout' });
    await waitForJobsDone(app, 10_000);

    expect(await jobRecords(app, { id: record.id })).toEqual([
      expect.objectContaining({ status: JobStatus.Completed, attempts: 0 }),
    ]);
    expect(await notificationsFor([userId])).toHaveLength(1);
    await stopWorker(worker);
  });
});

async function registerWithRequestId(app: NestFastifyApplication, requestId: string): Promise<void> {
  const email = `signup-${randomUUID()}@example.com`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    headers: { 'x-request-id': requestId },
    payload: { email, password: 'correct horse battery staple', name: 'Sam Signup' },
  });
  if (res.statusCode !== 201) throw new Error(`register answered ${res.statusCode}: ${res.body}`);
}
