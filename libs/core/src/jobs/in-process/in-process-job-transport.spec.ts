import { backoffDelayMs, Queues } from '../job-contract';
import { UnrunnableJobError } from '../job-errors';
import type { JobDelivery, JobRunner } from '../job-runner';
import type { QueuedJob } from '../job-transport';
import { InProcessJobTransport } from './in-process-job-transport';

/** A runner whose outcome each test scripts, remembering every delivery it was handed. */
class FakeRunner {
  readonly deliveries: JobDelivery[] = [];
  outcome: (delivery: JobDelivery) => Promise<void> = () => Promise.resolve();

  run(delivery: JobDelivery): Promise<void> {
    this.deliveries.push(delivery);
    return this.outcome(delivery);
  }

  attempts(): number[] {
    return this.deliveries.map((delivery) => delivery.attempt);
  }
}

/** A promise the test settles by hand: a job that runs until told to stop. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

let sequence = 0;
function queuedJob(overrides: Partial<QueuedJob> = {}): QueuedJob {
  sequence += 1;
  return {
    id: `job-${sequence}`,
    name: 'probe.job',
    queue: Queues.Notifications,
    payload: { n: sequence },
    requestId: 'request-1',
    delayMs: 0,
    attempts: 3,
    backoffMs: 100,
    ...overrides,
  };
}

describe('InProcessJobTransport', () => {
  let runner: FakeRunner;
  let transport: InProcessJobTransport;

  beforeEach(() => {
    jest.useFakeTimers();
    runner = new FakeRunner();
    transport = new InProcessJobTransport(runner as unknown as JobRunner);
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('runs a dispatched job once, after the caller has moved on, with its id, payload and request id', async () => {
    const job = queuedJob();

    await transport.dispatch(job);
    expect(runner.deliveries).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(0);

    expect(runner.deliveries).toEqual([
      {
        jobId: job.id,
        name: job.name,
        payload: job.payload,
        requestId: 'request-1',
        attempt: 1,
        maxAttempts: 3,
      },
    ]);
    await expect(transport.counts()).resolves.toContainEqual(
      expect.objectContaining({ queue: Queues.Notifications, completed: 1, active: 0, waiting: 0 }),
    );
  });

  it('waits out a delayed job before running it', async () => {
    await transport.dispatch(queuedJob({ delayMs: 1_000 }));

    await jest.advanceTimersByTimeAsync(999);
    expect(runner.deliveries).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(runner.deliveries).toHaveLength(1);
  });

  it("retries a failing job with its definition's exponential backoff until it succeeds", async () => {
    runner.outcome = ({ attempt }) => (attempt < 3 ? Promise.reject(new Error('SMTP down')) : Promise.resolve());
    await transport.dispatch(queuedJob({ attempts: 3, backoffMs: 100 }));

    await jest.advanceTimersByTimeAsync(0);
    expect(runner.attempts()).toEqual([1]);
    await jest.advanceTimersByTimeAsync(backoffDelayMs(100, 1) - 1);
    expect(runner.attempts()).toEqual([1]);
    await jest.advanceTimersByTimeAsync(1);
    expect(runner.attempts()).toEqual([1, 2]);
    await jest.advanceTimersByTimeAsync(backoffDelayMs(100, 2) - 1);
    expect(runner.attempts()).toEqual([1, 2]);
    await jest.advanceTimersByTimeAsync(1);

    expect(runner.attempts()).toEqual([1, 2, 3]);
    expect(runner.deliveries.every((delivery) => delivery.maxAttempts === 3)).toBe(true);
    await expect(transport.counts()).resolves.toContainEqual(
      expect.objectContaining({ queue: Queues.Notifications, completed: 1, failed: 0, delayed: 0 }),
    );
  });

  it('stops after the last attempt and counts the job failed', async () => {
    runner.outcome = () => Promise.reject(new Error('still down'));
    await transport.dispatch(queuedJob({ attempts: 2, backoffMs: 10 }));

    await jest.advanceTimersByTimeAsync(60_000);

    expect(runner.attempts()).toEqual([1, 2]);
    await expect(transport.counts()).resolves.toContainEqual(
      expect.objectContaining({ queue: Queues.Notifications, failed: 1, completed: 0, delayed: 0, waiting: 0 }),
    );
  });

  it('never retries a job that cannot run', async () => {
    runner.outcome = () => Promise.reject(new UnrunnableJobError('Invalid payload'));
    await transport.dispatch(queuedJob({ attempts: 5, backoffMs: 10 }));

    await jest.advanceTimersByTimeAsync(60_000);

    expect(runner.attempts()).toEqual([1]);
    await expect(transport.counts()).resolves.toContainEqual(
      expect.objectContaining({ queue: Queues.Notifications, failed: 1 }),
    );
  });

  it('ignores a second dispatch of a job it already holds', async () => {
    const job = queuedJob({ delayMs: 500 });

    await transport.dispatch(job);
    await transport.dispatch({ ...job, delayMs: 0 });
    await jest.advanceTimersByTimeAsync(1_000);

    expect(runner.deliveries).toHaveLength(1);
  });

  it('does not recover a job while it waits or runs, and recovers it once it is gone', async () => {
    const running = deferred();
    runner.outcome = () => running.promise;
    const job = queuedJob({ delayMs: 500 });
    await transport.dispatch(job);

    await expect(transport.recover(job)).resolves.toBe(false);
    await jest.advanceTimersByTimeAsync(500);
    expect(runner.deliveries).toHaveLength(1);
    await expect(transport.recover(job)).resolves.toBe(false);
    running.resolve();
    await jest.advanceTimersByTimeAsync(0);

    await expect(transport.recover(job)).resolves.toBe(true);
    await jest.advanceTimersByTimeAsync(0);
    expect(runner.deliveries).toHaveLength(2);
  });

  it('recovers a job it never held at once, whatever its original delay', async () => {
    await expect(transport.recover(queuedJob({ delayMs: 60_000 }))).resolves.toBe(true);

    await jest.advanceTimersByTimeAsync(0);

    expect(runner.deliveries).toHaveLength(1);
  });

  it('on shutdown, waits for the running job, drops the waiting ones and takes no new ones', async () => {
    const running = deferred();
    runner.outcome = ({ jobId }) => (jobId === first.id ? running.promise : Promise.resolve());
    const first = queuedJob();
    const waiting = queuedJob({ delayMs: 1_000 });
    await transport.dispatch(first);
    await jest.advanceTimersByTimeAsync(0);
    await transport.dispatch(waiting);

    let stopped = false;
    const shutdown = transport.beforeApplicationShutdown().then(() => {
      stopped = true;
    });
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    running.resolve();
    await shutdown;

    await transport.dispatch(queuedJob());
    await expect(transport.recover(waiting)).resolves.toBe(false);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(runner.deliveries.map((delivery) => delivery.jobId)).toEqual([first.id]);
  });

  it('does not retry a job that fails while the application shuts down', async () => {
    const running = deferred();
    runner.outcome = () => running.promise.then(() => Promise.reject(new Error('connection closed')));
    await transport.dispatch(queuedJob({ attempts: 3, backoffMs: 10 }));
    await jest.advanceTimersByTimeAsync(0);

    const shutdown = transport.beforeApplicationShutdown();
    running.resolve();
    await shutdown;
    await jest.advanceTimersByTimeAsync(10_000);

    expect(runner.attempts()).toEqual([1]);
  });

  describe('whenIdle', () => {
    beforeEach(() => {
      jest.useRealTimers();
    });

    it('resolves at once when nothing is queued', async () => {
      await expect(transport.whenIdle()).resolves.toBeUndefined();
    });

    it('resolves only after the queued jobs, retries included, have finished', async () => {
      let finished = 0;
      runner.outcome = async ({ attempt }) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        if (attempt === 1) throw new Error('first try fails');
        finished += 1;
      };
      await transport.dispatch(queuedJob({ attempts: 2, backoffMs: 5 }));
      await transport.dispatch(queuedJob({ attempts: 2, backoffMs: 5 }));

      await transport.whenIdle();

      expect(finished).toBe(2);
      expect(runner.deliveries).toHaveLength(4);
    });
  });
});
