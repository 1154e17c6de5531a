import type { Type } from '@nestjs/common';
import type { SweepJobsPayload } from './sweep-jobs.payload';

/**
 * The one map from job name to payload type. Each domain library adds its jobs
 * by augmenting this interface (`declare module '@prodev/core'`), so producers
 * and handlers share one typed contract while core knows no domain.
 */
export interface JobPayloads {
  'jobs.sweep': SweepJobsPayload;
}

export type JobName = keyof JobPayloads;

/** Bull queues, one per kind of work, so each scales and is watched on its own. */
export const Queues = {
  Notifications: 'notifications',
  Grading: 'grading',
  Reports: 'reports',
  Schedules: 'schedules',
} as const;

export type QueueName = (typeof Queues)[keyof typeof Queues];

export const QUEUE_NAMES: readonly QueueName[] = Object.values(Queues);

/** A kind of job: where it is queued, how its payload is validated, how it is retried. */
export interface JobDefinition<Name extends JobName = JobName> {
  readonly name: Name;
  readonly queue: QueueName;
  /** A class-validator class; the worker validates every payload it reads against it. */
  readonly payload: Type<JobPayloads[Name]>;
  /** Runs before the job is failed for good (the first run included). */
  readonly attempts: number;
  /** Exponential backoff, Bull's formula: retry n waits backoffMs * (2^n - 1). */
  readonly backoffMs: number;
}

export function defineJob<Name extends JobName>(definition: JobDefinition<Name>): JobDefinition<Name> {
  return definition;
}

/** The delay before retry number `retry` (1-based): Bull's exponential backoff, so both transports agree. */
export function backoffDelayMs(backoffMs: number, retry: number): number {
  return Math.round((2 ** retry - 1) * backoffMs);
}
