/** A job that can never succeed as sent (unknown name, invalid payload): failed at once, never retried. */
export class UnrunnableJobError extends Error {
  override readonly name = 'UnrunnableJobError';
}
