import type { QueueName } from './job-contract';

/** What a transport needs to queue one job: its record's id and its definition's policy. */
export interface QueuedJob {
  readonly id: string;
  readonly name: string;
  readonly queue: QueueName;
  readonly payload: object;
  readonly requestId: string | null;
  readonly delayMs: number;
  readonly attempts: number;
  readonly backoffMs: number;
}

export interface QueueCounts {
  readonly queue: QueueName;
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
  readonly paused: number;
}

/**
 * Where queued jobs go: Bull on Redis (consumed by the worker) or the API
 * process itself (the embedded default). Chosen once, from REDIS_URL.
 */
export abstract class JobTransport {
  abstract readonly kind: 'bull' | 'in-process';

  /** Queues the job; queueing a job id that is already queued is a no-op. */
  abstract dispatch(job: QueuedJob): Promise<void>;

  /**
   * Queues a job again when the transport no longer holds it in a live state
   * (lost message, failed after stalling). Returns whether it was re-queued.
   */
  abstract recover(job: QueuedJob): Promise<boolean>;

  abstract counts(): Promise<QueueCounts[]>;

  /** Resolves once this process runs no job (always at once when another process runs them). */
  abstract whenIdle(): Promise<void>;
}
