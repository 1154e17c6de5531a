/**
 * When an attempt closes: the time limit (plus any extension) from its start,
 * but never after the quiz's window closes; null when neither applies.
 */
export function attemptDeadline(
  startedAt: Date,
  timeLimitSeconds: number | null,
  extraTimeSeconds: number,
  availableUntil: Date | null,
): Date | null {
  const byLimit =
    timeLimitSeconds === null ? null : new Date(startedAt.getTime() + (timeLimitSeconds + extraTimeSeconds) * 1000);
  if (byLimit === null) return availableUntil;
  if (availableUntil === null) return byLimit;
  return byLimit < availableUntil ? byLimit : availableUntil;
}
