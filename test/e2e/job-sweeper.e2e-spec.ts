import { MikroORM } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, JobBus, JobRecord, JobStatus, JobSweeper } from '@prodev/core';
import { ProbeJob, ProbeJobRuns, ProbeJobsModule } from '../support/probe-jobs.module';
import { createTestApp } from '../support/test-app';

const DAY_MS = 24 * 3600 * 1000;
// Only the sweeps a spec asks for: the periodic one would race them.
const NO_SWEEP = { JOBS_SWEEP_INTERVAL_MS: String(DAY_MS) };

/**
 * The sweeper on the embedded default: it finds job records the database says
 * are still pending long after they were due (a lost message, a dead worker),
 * queues them again, and prunes old completed records.
 */
describe('sweeping jobs (embedded default)', () => {
  let app: NestFastifyApplication;
  let sweeper: JobSweeper;
  let probe: ProbeJobRuns;
  let sweepAfterMs: number;

  beforeAll(async () => {
    app = await createTestApp(NO_SWEEP, { imports: [ProbeJobsModule] });
    sweeper = app.get(JobSweeper);
    probe = app.get(ProbeJobRuns);
    sweepAfterMs = app.get(AppConfig).jobs.sweepAfterMs;
  });

  afterAll(async () => {
    await app?.close();
  });

  /** A record written as the job bus writes one, but never queued: what a lost message leaves behind. */
  async function recordOnly(
    label: string,
    runAt: Date,
    finished?: { status: JobStatus; finishedAt: Date },
  ): Promise<JobRecord> {
    const record = new JobRecord({
      name: ProbeJob.name,
      queue: ProbeJob.queue,
      payload: { label, failures: 0 },
      requestId: null,
      runAt,
    });
    if (finished !== undefined) Object.assign(record, finished);
    await app.get(MikroORM).em.fork().persistAndFlush(record);
    return record;
  }

  const reload = (id: string): Promise<JobRecord | null> => app.get(MikroORM).em.fork().findOne(JobRecord, { id });

  it('re-queues a pending job overdue by more than the sweep age, and leaves fresh and finished ones alone', async () => {
    const now = new Date();
    const overdue = await recordOnly('overdue', new Date(now.getTime() - sweepAfterMs - 60_000));
    const fresh = await recordOnly('fresh', new Date(now.getTime() - sweepAfterMs + 60_000));
    const completed = await recordOnly('completed', new Date(now.getTime() - 2 * sweepAfterMs), {
      status: JobStatus.Completed,
      finishedAt: new Date(now.getTime() - sweepAfterMs),
    });
    const failed = await recordOnly('failed', new Date(now.getTime() - 2 * sweepAfterMs), {
      status: JobStatus.Failed,
      finishedAt: new Date(now.getTime() - sweepAfterMs),
    });

    const result = await sweeper.sweep(now);
    await app.get(JobBus).whenSettled();

    expect(result.requeued).toBe(1);
    expect(probe.of('overdue').map((run) => run.context.jobId)).toEqual([overdue.id]);
    expect(await reload(overdue.id)).toMatchObject({ status: JobStatus.Completed });
    expect(probe.of('fresh')).toHaveLength(0);
    expect(await reload(fresh.id)).toMatchObject({ status: JobStatus.Pending });
    expect(probe.of('completed')).toHaveLength(0);
    expect(probe.of('failed')).toHaveLength(0);
    expect(await reload(completed.id)).toMatchObject({ status: JobStatus.Completed });
    expect(await reload(failed.id)).toMatchObject({ status: JobStatus.Failed });
  });

  it('prunes completed records older than two weeks, and keeps recent ones and failed ones', async () => {
    const now = new Date();
    const old = await recordOnly('old-completed', new Date(now.getTime() - 16 * DAY_MS), {
      status: JobStatus.Completed,
      finishedAt: new Date(now.getTime() - 15 * DAY_MS),
    });
    const recent = await recordOnly('recent-completed', new Date(now.getTime() - 2 * DAY_MS), {
      status: JobStatus.Completed,
      finishedAt: new Date(now.getTime() - DAY_MS),
    });
    const oldFailure = await recordOnly('old-failed', new Date(now.getTime() - 31 * DAY_MS), {
      status: JobStatus.Failed,
      finishedAt: new Date(now.getTime() - 30 * DAY_MS),
    });

    const result = await sweeper.sweep(now);

    expect(result).toEqual({ requeued: 0, pruned: 1 });
    expect(await reload(old.id)).toBeNull();
    expect(await reload(recent.id)).not.toBeNull();
    expect(await reload(oldFailure.id)).not.toBeNull();
  });
});
