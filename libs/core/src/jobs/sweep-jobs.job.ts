import { defineJob, Queues } from './job-contract';
import { SweepJobsPayload } from './sweep-jobs.payload';

export const SweepJobsJob = defineJob({
  name: 'jobs.sweep',
  queue: Queues.Schedules,
  payload: SweepJobsPayload,
  attempts: 1,
  backoffMs: 1_000,
});
