import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  cleanUpProcesses,
  freePort,
  makeTempDir,
  startEntryPoint,
  type EntryPoint,
  type ProcessResult,
  type RunningProcess,
} from '../support/process';

/**
 * The built entry points (`npm run build`, run by `npm test` as pretest) as a
 * container runs them: how they refuse a bad environment, and the API's whole
 * life on the embedded database — first start, docs, SIGTERM, restart.
 */

const REFUSAL_WITHIN_MS = 15_000;
const FIRST_READY_WITHIN_MS = 30_000;
const RESTART_READY_WITHIN_MS = 20_000;
const SHUTDOWN_WITHIN_MS = 5_000;

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const LISTENING = /API listening on http:\/\/127\.0\.0\.1:\d+/;

cleanUpProcesses();

/** Starts an entry point that should refuse to run, and returns how it ended. */
function runUntilExit(entry: EntryPoint, env: Record<string, string>): Promise<ProcessResult> {
  return startEntryPoint(entry, env).waitForExit(REFUSAL_WITHIN_MS);
}

describe('the API refuses a bad environment', () => {
  it('in production without services or secrets: names each missing variable, no stack trace', async () => {
    const { code, stdout, stderr } = await runUntilExit('api', { NODE_ENV: 'production' });

    expect(code).toBeGreaterThan(0);
    for (const variable of ['DATABASE_URL', 'REDIS_URL', 'JWT_ACCESS_SECRET', 'JWT_REFRESH_SECRET']) {
      expect(stderr).toContain(variable);
    }
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(stdout).not.toMatch(STACK_FRAME);
  });

  it('with PORT=eighty in development: exits 1 naming PORT', async () => {
    const { code, stderr } = await runUntilExit('api', { NODE_ENV: 'development', PORT: 'eighty' });

    expect(code).toBe(1);
    expect(stderr).toMatch(/\bPORT: .*\(got "eighty"\)/);
  });
});

describe('the worker refuses to run without its services', () => {
  it('without REDIS_URL: says jobs run inside the API', async () => {
    const { code, stderr } = await runUntilExit('worker', {});

    expect(code).toBeGreaterThan(0);
    expect(stderr).toContain('REDIS_URL');
    expect(stderr).toMatch(/jobs run inside the API/);
  });

  it('with REDIS_URL but no DATABASE_URL: names DATABASE_URL', async () => {
    const { code, stderr } = await runUntilExit('worker', { REDIS_URL: 'redis://127.0.0.1:6379' });

    expect(code).toBeGreaterThan(0);
    expect(stderr).toContain('DATABASE_URL');
  });
});

describe('the API on the embedded database', () => {
  // One data folder for both specs: the second restarts on what the first created.
  let dataDir: string;

  beforeAll(() => {
    dataDir = join(makeTempDir(), 'pglite');
  });

  /** Starts the API on a free port of 127.0.0.1, with JSON logs we can read. */
  async function startApi(): Promise<{ api: RunningProcess; baseUrl: string; startedAt: number }> {
    const port = await freePort();
    const startedAt = Date.now();
    const api = startEntryPoint('api', {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_DB_DIR: dataDir,
    });
    return { api, baseUrl: `http://127.0.0.1:${port}`, startedAt };
  }

  async function stopWithSigterm(api: RunningProcess): Promise<ProcessResult> {
    api.signal('SIGTERM');
    return api.waitForExit(SHUTDOWN_WITHIN_MS);
  }

  it('starts on a fresh folder ready within 30 s, serves the docs, and exits 0 on SIGTERM within 5 s', async () => {
    const { api, baseUrl, startedAt } = await startApi();

    await api.waitForLine(LISTENING, { timeoutMs: FIRST_READY_WITHIN_MS, stream: 'stdout' });
    const ready = await fetch(`${baseUrl}/health/ready`);
    const readyAfterMs = Date.now() - startedAt;

    expect(ready.status).toBe(200);
    expect(readyAfterMs).toBeLessThan(FIRST_READY_WITHIN_MS);

    const docs = await fetch(`${baseUrl}/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(docs.text()).resolves.toContain('swagger');

    const openApi = await fetch(`${baseUrl}/docs-json`);
    expect(openApi.status).toBe(200);
    expect(openApi.headers.get('content-type')).toMatch(/^application\/json/);
    await expect(openApi.json()).resolves.toMatchObject({ openapi: expect.stringMatching(/^3\./) });

    const stopped = await stopWithSigterm(api);
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(stopped.stdout).toContain('Shut down cleanly');
  }, 45_000);

  it('restarts on the same folder with the schema up to date, and keeps the data', async () => {
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    const { api, baseUrl } = await startApi();

    await api.waitForLine(LISTENING, { timeoutMs: RESTART_READY_WITHIN_MS, stream: 'stdout' });
    expect(api.stdout).toContain('Schema up to date');
    expect(api.stdout).not.toMatch(/Applied \d+ migration/);
    const ready = await fetch(`${baseUrl}/health/ready`);
    expect(ready.status).toBe(200);

    await expect(stopWithSigterm(api)).resolves.toMatchObject({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
  }, 30_000);
});
