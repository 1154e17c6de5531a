import { join } from 'node:path';
import { buildAppConfig } from '@prodev/core';
import { cleanUpProcesses, freePort, makeTempDir, startEntryPoint, type RunningProcess } from '../support/process';

/**
 * `npm start` on a fresh machine: the development API on a new embedded
 * database creates an admin, a mentor and a learner with random passwords and
 * prints them once — and never again on the same folder. The specs share one
 * data folder and run in order.
 */

const FIRST_READY_WITHIN_MS = 25_000;
const RESTART_READY_WITHIN_MS = 20_000;
const SHUTDOWN_WITHIN_MS = 5_000;

const LISTENING = /API listening on http:\/\/127\.0\.0\.1:\d+/;
const BANNER = 'Demo accounts created';
/** One account line of the banner: role, email, password (pino-pretty may append the log context after it). */
const ACCOUNT_LINE = /^\s+(admin|mentor|learner)\s+(\S+@\S+)\s+(\S+)/;

interface DemoAccount {
  readonly role: string;
  readonly email: string;
  readonly password: string;
}

cleanUpProcesses();

describe('demo accounts on the embedded development database', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = join(makeTempDir(), 'pglite');
  });

  /** The API as `npm run start:dev` runs it (pretty logs), with no DATABASE_URL. */
  async function startDevApi(readyWithinMs: number): Promise<{ api: RunningProcess; baseUrl: string }> {
    const port = await freePort();
    const api = startEntryPoint('api', {
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_DB_DIR: dataDir,
    });
    await api.waitForLine(LISTENING, { timeoutMs: readyWithinMs, stream: 'stdout' });
    return { api, baseUrl: `http://127.0.0.1:${port}` };
  }

  async function stop(api: RunningProcess): Promise<void> {
    api.signal('SIGTERM');
    await expect(api.waitForExit(SHUTDOWN_WITHIN_MS)).resolves.toMatchObject({ code: 0 });
  }

  /** The account lines that follow the banner line. */
  function printedAccounts(stdout: string): DemoAccount[] {
    const lines = stdout.split('\n');
    const banner = lines.findIndex((line) => line.includes(BANNER));
    if (banner === -1) return [];
    return lines
      .slice(banner + 1, banner + 4)
      .map((line) => ACCOUNT_LINE.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map(([, role, email, password]) => ({ role, email, password }));
  }

  it('the first start prints the three accounts once, and the printed admin can sign in', async () => {
    const { api, baseUrl } = await startDevApi(FIRST_READY_WITHIN_MS);

    const accounts = printedAccounts(api.stdout);
    expect(accounts.map(({ role }) => role)).toEqual(['admin', 'mentor', 'learner']);
    expect(new Set(accounts.map(({ password }) => password)).size).toBe(3);

    const admin = accounts[0];
    const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    expect(login.status).toBe(200);
    await expect(login.json()).resolves.toMatchObject({ user: { email: admin.email, role: 'admin' } });

    await stop(api);
    expect(api.stdout.split(BANNER)).toHaveLength(2);
  }, 35_000);

  it('a second start on the same folder prints no accounts', async () => {
    const { api } = await startDevApi(RESTART_READY_WITHIN_MS);

    expect(api.stdout).not.toContain(BANNER);

    await stop(api);
    expect(api.stdout).not.toContain(BANNER);
  }, 30_000);
});

describe('when demo accounts are seeded (AppConfig)', () => {
  const POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/prodev';

  it('development on PostgreSQL (DATABASE_URL set): off by default', () => {
    expect(buildAppConfig({ NODE_ENV: 'development', DATABASE_URL: POSTGRES_URL }).seedDemoUsers).toBe(false);
  });

  it('development on the embedded database: on; test: off', () => {
    expect(buildAppConfig({ NODE_ENV: 'development' }).seedDemoUsers).toBe(true);
    expect(buildAppConfig({ NODE_ENV: 'test' }).seedDemoUsers).toBe(false);
  });

  it('on PostgreSQL only when asked for with SEED_DEMO_USERS=true', () => {
    const config = buildAppConfig({ NODE_ENV: 'development', DATABASE_URL: POSTGRES_URL, SEED_DEMO_USERS: 'true' });

    expect(config.seedDemoUsers).toBe(true);
  });
});
