import { SetMetadata } from '@nestjs/common';
import type { JobDefinition, JobName, JobPayloads } from './job-contract';

export const JOB_HANDLER_METADATA = Symbol('JOB_HANDLER_METADATA');

export interface JobContext {
  /** The job record's id: the same across redeliveries, so it keys idempotent effects. */
  readonly jobId: string;
  /** 1 for the first run. */
  readonly attempt: number;
  readonly requestId: string | null;
}

/** The logic of one kind of job. Must be idempotent: a job can be delivered more than once. */
export interface JobHandler<Name extends JobName> {
  handle(payload: JobPayloads[Name], context: JobContext): Promise<void>;
}

/** Marks a provider as the handler of a job kind; the registry finds it at start. */
export const HandlesJob = <Name extends JobName>(definition: JobDefinition<Name>): ClassDecorator =>
  SetMetadata(JOB_HANDLER_METADATA, definition);
