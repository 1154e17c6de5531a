/**
 * Polls `probe` until it returns something other than undefined, for work
 * that finishes in the background (jobs). Rejects with `describe()` (the last
 * state seen) after `timeoutMs`.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  options: { timeoutMs: number; intervalMs?: number; describe: () => string | Promise<string> },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`Not done within ${options.timeoutMs} ms: ${await options.describe()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
  }
}
