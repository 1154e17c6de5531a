/** How an assignment treats late work: a penalty per late day, and a last day after which nothing is accepted. */
export interface LatePolicy {
  /** Percent of the raw points taken off per late day (0–100). */
  readonly penaltyPercentPerDay: number;
  /** The last late day still accepted; 0 means nothing after the due date. */
  readonly maxLateDays: number;
}

export type Lateness =
  { readonly accepted: true; readonly lateDays: number } | { readonly accepted: false; readonly lateDays: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days late, counting any started day as a whole one: one second past the due
 * date is one late day, 24 hours and one second is two. On time (at or before
 * the due date) is 0.
 */
export function lateDays(dueAt: Date, submittedAt: Date): number {
  const lateMs = submittedAt.getTime() - dueAt.getTime();
  return lateMs <= 0 ? 0 : Math.ceil(lateMs / DAY_MS);
}

/** Whether a submission at `submittedAt` is still accepted, and how many days late it is. */
export function assessLateness(dueAt: Date, submittedAt: Date, policy: LatePolicy): Lateness {
  const days = lateDays(dueAt, submittedAt);
  return { accepted: days <= policy.maxLateDays, lateDays: days };
}

/** The percent taken off for `days` late days, capped at 100. */
export function penaltyPercent(days: number, policy: LatePolicy): number {
  return Math.min(100, Math.max(0, days) * policy.penaltyPercentPerDay);
}

/**
 * Raw points minus the late penalty, rounded to cents like the grades table,
 * and never below zero (a penalty over 100% takes everything, not more).
 */
export function applyLatePenalty(rawPoints: number, percent: number): number {
  const penalised = rawPoints * (1 - Math.min(100, Math.max(0, percent)) / 100);
  return Math.max(0, Math.round(penalised * 100) / 100);
}
