import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { backoffDelayMs, QUEUE_NAMES, type QueueName } from '../job-contract';
import { UnrunnableJobError } from '../job-errors';
import { JobRunner } from '../job-runner';
import { JobTransport, type QueueCounts, type QueuedJob } from '../job-transport';

type Tally = { -readonly [K in Exclude<keyof QueueCounts, 'queue'>]: number };

const emptyTally = (): Tally => ({ waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0, paused: 0 });

/**
 * The embedded default: jobs run inside the API process through the same
 * runner and retry policy as the worker's, once the request that queued them
 * has committed. Jobs still waiting at shutdown stay pending in the database;
 * the sweeper queues them again at the next start.
 */
@Injectable()
export class InProcessJobTransport extends JobTransport implements BeforeApplicationShutdown {
  readonly kind = 'in-process';
  private readonly logger = new Logger('Jobs');
  private readonly tallies = new Map<QueueName, Tally>(QUEUE_NAMES.map((name) => [name, emptyTally()]));
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  private accepting = true;

  constructor(private readonly runner: JobRunner) {
    super();
  }

  dispatch(job: QueuedJob): Promise<void> {
    if (this.accepting && !this.holds(job.id)) this.schedule(job, 1, job.delayMs);
    return Promise.resolve();
  }

  recover(job: QueuedJob): Promise<boolean> {
    if (!this.accepting || this.holds(job.id)) return Promise.resolve(false);
    this.schedule(job, 1, 0);
    return Promise.resolve(true);
  }

  counts(): Promise<QueueCounts[]> {
    return Promise.resolve([...this.tallies].map(([queue, tally]) => ({ queue, ...tally })));
  }

  async whenIdle(): Promise<void> {
    // Polls on a timer: waiting on promises alone would spin in microtasks and starve the timers it waits for.
    while (this.timers.size > 0 || this.running.size > 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Stops taking jobs and lets the running ones finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.accepting = false;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled(this.running.values());
  }

  private holds(id: string): boolean {
    return this.timers.has(id) || this.running.has(id);
  }

  private tally(queue: QueueName): Tally {
    const tally = this.tallies.get(queue);
    if (tally === undefined) throw new Error(`Unknown queue "${queue}"`);
    return tally;
  }

  private schedule(job: QueuedJob, attempt: number, delayMs: number): void {
    const tally = this.tally(job.queue);
    const state = delayMs > 0 ? 'delayed' : 'waiting';
    tally[state] += 1;
    // setTimeout even for no delay: the job starts after the current request has answered.
    const timer = setTimeout(() => {
      this.timers.delete(job.id);
      tally[state] -= 1;
      this.start(job, attempt);
    }, delayMs);
    this.timers.set(job.id, timer);
  }

  private start(job: QueuedJob, attempt: number): void {
    const tally = this.tally(job.queue);
    tally.active += 1;
    const run = this.runner
      .run({
        jobId: job.id,
        name: job.name,
        payload: job.payload,
        requestId: job.requestId,
        attempt,
        maxAttempts: job.attempts,
      })
      .then(
        () => {
          tally.completed += 1;
        },
        (error: unknown) => {
          if (!(error instanceof UnrunnableJobError) && attempt < job.attempts && this.accepting) {
            this.schedule(job, attempt + 1, backoffDelayMs(job.backoffMs, attempt));
          } else {
            tally.failed += 1;
          }
        },
      )
      .catch((error: unknown) => this.logger.error(`Job bookkeeping failed: ${String(error)}`))
      .finally(() => {
        tally.active -= 1;
        this.running.delete(job.id);
      });
    this.running.set(job.id, run);
  }
}
