import { Logger } from '@nestjs/common';
import { runWithTimeout } from './run-with-timeout';

interface Closable {
  close(): Promise<void>;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * On SIGTERM/SIGINT: close the app (HTTP stops accepting, then every
 * `onApplicationShutdown` hook disconnects the database, Redis and queues) and
 * exit 0; exit 1 if that takes longer than `timeoutMs`. Nest's own
 * `enableShutdownHooks` re-raises the signal, which makes the exit code 143.
 */
export function exitGracefullyOnSignals(app: Closable, timeoutMs: number, logger: Logger): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received, shutting down`);
    runWithTimeout(app.close(), timeoutMs, 'Graceful shutdown').then(
      () => {
        logger.log('Shut down cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`Shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) process.once(signal, shutdown);
}
