/** What a Bull job carries; the job's Bull id is its database record's id. */
export interface BullJobData {
  readonly payload: object;
  readonly requestId: string | null;
}

/** A processor's catch-all: one processor per queue runs every job kind queued on it. */
export const ANY_JOB = '*';
