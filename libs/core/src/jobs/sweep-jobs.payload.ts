/** The sweeper's tick; it carries nothing. */
export class SweepJobsPayload {}
