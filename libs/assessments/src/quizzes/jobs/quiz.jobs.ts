import { defineJob, Queues } from '@prodev/core';
import { IsUUID } from 'class-validator';

export class AttemptJobPayload {
  @IsUUID()
  attemptId!: string;
}

declare module '@prodev/core' {
  interface JobPayloads {
    'assessments.grade-attempt': AttemptJobPayload;
    'assessments.auto-submit-attempt': AttemptJobPayload;
  }
}

// Grading only touches the database: a few quick retries ride out a lock timeout or a failover.
export const GradeAttemptJob = defineJob({
  name: 'assessments.grade-attempt',
  queue: Queues.Grading,
  payload: AttemptJobPayload,
  attempts: 5,
  backoffMs: 1_000,
});

// Retries also cover a run that arrives a moment before the deadline (clocks of two processes differ).
export const AutoSubmitAttemptJob = defineJob({
  name: 'assessments.auto-submit-attempt',
  queue: Queues.Grading,
  payload: AttemptJobPayload,
  attempts: 6,
  backoffMs: 1_000,
});
