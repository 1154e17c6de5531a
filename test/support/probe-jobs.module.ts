import { Injectable, Logger, Module } from '@nestjs/common';
import { currentRequestId, defineJob, HandlesJob, Queues, type JobContext, type JobHandler } from '@prodev/core';
import { IsInt, IsString, Min, MinLength } from 'class-validator';

export class ProbeJobPayload {
  @IsString()
  @MinLength(1)
  label!: string;

  /** How many runs fail before one succeeds. */
  @IsInt()
  @Min(0)
  failures!: number;
}

declare module '@prodev/core' {
  interface JobPayloads {
    'probe.job': ProbeJobPayload;
  }
}

/** A job kind that exists only in specs: three attempts, a millisecond of backoff. */
export const ProbeJob = defineJob({
  name: 'probe.job',
  queue: Queues.Notifications,
  payload: ProbeJobPayload,
  attempts: 3,
  backoffMs: 1,
});

export interface ProbeRun {
  readonly label: string;
  readonly context: JobContext;
  /** The request id the handler's code sees (its async context), not only the one it was handed. */
  readonly ambientRequestId: string | null;
}

/** Every run of the probe handler, in order, for specs to read. */
@Injectable()
export class ProbeJobRuns {
  readonly runs: ProbeRun[] = [];

  of(label: string): ProbeRun[] {
    return this.runs.filter((run) => run.label === label);
  }
}

@Injectable()
@HandlesJob(ProbeJob)
export class ProbeJobHandler implements JobHandler<'probe.job'> {
  private readonly logger = new Logger('ProbeJob');

  constructor(private readonly probe: ProbeJobRuns) {}

  handle(payload: ProbeJobPayload, context: JobContext): Promise<void> {
    this.probe.runs.push({ label: payload.label, context, ambientRequestId: currentRequestId() });
    this.logger.log(`Probe ${payload.label} ran (attempt ${context.attempt})`);
    if (context.attempt <= payload.failures) {
      return Promise.reject(new Error(`Probe ${payload.label} failed on purpose`));
    }
    return Promise.resolve();
  }
}

/** Adds the probe job's handler to an app built by createTestApp (`{ imports: [ProbeJobsModule] }`). */
@Module({ providers: [ProbeJobRuns, ProbeJobHandler] })
export class ProbeJobsModule {}
