import { cleanUpProcesses, startEntryPoint } from '../support/process';
import { integrationDatabaseUrl, throwawayRedisUrl } from '../support/throwaway-database';

/**
 * The built worker (`npm run build`) against the real PostgreSQL and Redis of
 * DATABASE_URL and REDIS_URL: it reports ready, stops cleanly on SIGTERM, and
 * refuses to start when Redis cannot be reached.
 */

const READY_WITHIN_MS = 20_000;
const SHUTDOWN_WITHIN_MS = 5_000;
const FAILURE_WITHIN_MS = 15_000;

/** A port nothing listens on: connections are refused at once. */
const CLOSED_REDIS_URL = 'redis://127.0.0.1:1';

/** The test profile with its logs on (JSON), so the specs can read them. */
function workerEnv(redisUrl: string): Record<string, string> {
  // No health port: two spec files may run workers at once, and this one does not probe it.
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: integrationDatabaseUrl(),
    REDIS_URL: redisUrl,
    WORKER_HEALTH_PORT: '0',
  };
}

cleanUpProcesses();

describe('the worker process', () => {
  it('reports ready on PostgreSQL and Redis, then exits 0 within 5 s of SIGTERM', async () => {
    // A Redis database of its own: the worker registers its sweeper schedule there.
    const worker = startEntryPoint('worker', workerEnv(await throwawayRedisUrl(13)));

    await worker.waitForLine(/Worker ready: connected to PostgreSQL and Redis/, {
      timeoutMs: READY_WITHIN_MS,
      stream: 'stdout',
    });
    worker.signal('SIGTERM');
    const stopped = await worker.waitForExit(SHUTDOWN_WITHIN_MS);

    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(stopped.stdout).toContain('Shut down cleanly');
  });

  it('fails to start within 15 s, naming Redis, when Redis refuses connections', async () => {
    const worker = startEntryPoint('worker', workerEnv(CLOSED_REDIS_URL));

    const { code, stdout, stderr } = await worker.waitForExit(FAILURE_WITHIN_MS);

    expect(code).toBeGreaterThan(0);
    expect(stderr).toMatch(/Redis/);
    expect(stdout).not.toContain('Worker ready');
  });
});
