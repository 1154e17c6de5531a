import { MikroORM } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobBus, JobRecord, JobStatus, runWithRequestId } from '@prodev/core';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { ProbeJob, ProbeJobRuns, ProbeJobsModule, type ProbeJobPayload } from '../support/probe-jobs.module';
import { createTestApp } from '../support/test-app';

// The periodic sweep stays out of the way: these specs look at one delivery at a time.
const NO_SWEEP = { JOBS_SWEEP_INTERVAL_MS: String(24 * 3600 * 1000) };

/**
 * The job runner behind both transports, on the embedded default (jobs run in
 * the API process): what it records on the job's database row, and what the
 * handler's code and logs know about the request that caused the job.
 */
describe('running a job (embedded default)', () => {
  let app: NestFastifyApplication;
  let bus: JobBus;
  let probe: ProbeJobRuns;

  beforeAll(async () => {
    app = await createTestApp(NO_SWEEP, { imports: [ProbeJobsModule] });
    bus = app.get(JobBus);
    probe = app.get(ProbeJobRuns);
  });

  afterAll(async () => {
    await app?.close();
  });

  async function runToTheEnd(payload: ProbeJobPayload, requestId: string | null = null): Promise<JobRecord> {
    const id = await runWithRequestId(requestId, () => bus.enqueue(ProbeJob, payload));
    await bus.whenSettled();
    return app.get(MikroORM).em.fork().findOneOrFail(JobRecord, { id });
  }

  it('records a job that succeeds as completed, by this process, with the request that caused it', async () => {
    const record = await runToTheEnd({ label: 'succeeds', failures: 0 }, 'request-completed');

    expect(record).toMatchObject({
      status: JobStatus.Completed,
      attempts: 0,
      lastError: null,
      requestId: 'request-completed',
      processedBy: expect.stringMatching(new RegExp(`:${process.pid}$`)) as unknown,
    });
    expect(record.finishedAt).toBeInstanceOf(Date);
    expect(probe.of('succeeds').map((run) => run.context)).toEqual([
      { jobId: record.id, attempt: 1, requestId: 'request-completed' },
    ]);
  });

  it('retries a failing job and records it completed, with the failure it recovered from', async () => {
    const record = await runToTheEnd({ label: 'flaky', failures: 2 });

    expect(record).toMatchObject({
      status: JobStatus.Completed,
      attempts: 2,
      lastError: 'Probe flaky failed on purpose',
    });
    expect(probe.of('flaky').map((run) => run.context.attempt)).toEqual([1, 2, 3]);
  });

  it('records a job that fails every attempt as failed, with its last error', async () => {
    const record = await runToTheEnd({ label: 'hopeless', failures: 99 });

    expect(record).toMatchObject({
      status: JobStatus.Failed,
      attempts: ProbeJob.attempts,
      lastError: 'Probe hopeless failed on purpose',
    });
    expect(record.finishedAt).toBeInstanceOf(Date);
    expect(probe.of('hopeless')).toHaveLength(ProbeJob.attempts);
  });

  it('fails a job with an invalid payload at once, naming the field, without running the handler', async () => {
    const record = await runToTheEnd({ label: '', failures: 0 });

    expect(record).toMatchObject({ status: JobStatus.Failed, attempts: 1 });
    expect(record.lastError).toMatch(/label: /);
    expect(probe.of('')).toHaveLength(0);
  });

  it('runs the handler with the request id in its async context and in every line it logs', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = pino(
      { level: 'info' },
      {
        write: (line: string) => {
          lines.push(JSON.parse(line) as Record<string, unknown>);
        },
      },
    );
    const root = PinoLogger.root;
    // The runner derives each job's logger from the root one; the derived logger writes here instead.
    const child = jest.spyOn(root, 'child').mockImplementation((bindings) => sink.child(bindings));
    try {
      await runToTheEnd({ label: 'logs', failures: 0 }, 'request-with-logs');
    } finally {
      child.mockRestore();
    }

    expect(probe.of('logs').map((run) => run.ambientRequestId)).toEqual(['request-with-logs']);
    expect(lines).toContainEqual(
      expect.objectContaining({
        msg: 'Probe logs ran (attempt 1)',
        requestId: 'request-with-logs',
        job: expect.objectContaining({ name: ProbeJob.name }) as unknown,
      }),
    );
  });
});
