import { join } from 'node:path';
import { cleanUpProcesses, freePort, makeTempDir, startEntryPoint, type RunningProcess } from '../support/process';

/**
 * The built API logging at its most verbose (LOG_LEVEL=trace) through a whole
 * session — register, login, refresh, /auth/me, logout — plus the failures an
 * attacker would cause: nothing secret may reach a log line, and nothing
 * secret may come back in a response that did not issue it.
 */

const READY_WITHIN_MS = 25_000;
const SHUTDOWN_WITHIN_MS = 5_000;
const LISTENING = /API listening on http:\/\/127\.0\.0\.1:\d+/;

const EMAIL = 'grace@example.com';
const PASSWORD = 'correct horse battery staple';
const WRONG_PASSWORD = 'incorrect mule battery clip';

interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
}

interface Exchange {
  readonly label: string;
  readonly status: number;
  readonly body: string;
}

cleanUpProcesses();

describe('secrets in logs and responses (LOG_LEVEL=trace)', () => {
  let api: RunningProcess;
  let baseUrl: string;
  const exchanges: Exchange[] = [];

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    api = startEntryPoint('api', {
      NODE_ENV: 'test',
      LOG_LEVEL: 'trace',
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_DB_DIR: join(makeTempDir(), 'pglite'),
      JWT_ACCESS_SECRET: 'spec-access-secret-at-least-32-characters!',
      JWT_REFRESH_SECRET: 'spec-refresh-secret-at-least-32-characters',
    });
    await api.waitForLine(LISTENING, { timeoutMs: READY_WITHIN_MS, stream: 'stdout' });
  }, READY_WITHIN_MS + 5_000);

  /** Sends one request and keeps its response body for the assertions below. */
  async function send(
    label: string,
    method: 'GET' | 'POST',
    path: string,
    options: { body?: object; accessToken?: string } = {},
  ): Promise<Exchange> {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.accessToken !== undefined) headers.authorization = `Bearer ${options.accessToken}`;
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const exchange = { label, status: response.status, body: await response.text() };
    exchanges.push(exchange);
    return exchange;
  }

  const tokensOf = (exchange: Exchange): TokenPair => JSON.parse(exchange.body) as TokenPair;

  it('a whole session, then its failures, leaks no password, hash or token into the logs', async () => {
    const registered = await send('register', 'POST', '/auth/register', {
      body: { email: EMAIL, password: PASSWORD, name: 'Grace Hopper' },
    });
    expect(registered.status).toBe(201);

    const loggedIn = await send('login', 'POST', '/auth/login', { body: { email: EMAIL, password: PASSWORD } });
    expect(loggedIn.status).toBe(200);

    const refreshed = await send('refresh', 'POST', '/auth/refresh', {
      body: { refreshToken: tokensOf(loggedIn).refreshToken },
    });
    expect(refreshed.status).toBe(200);
    const current = tokensOf(refreshed);

    const me = await send('me', 'GET', '/auth/me', { accessToken: current.accessToken });
    expect(me.status).toBe(200);

    const loggedOut = await send('logout', 'POST', '/auth/logout', {
      accessToken: current.accessToken,
      body: { refreshToken: current.refreshToken },
    });
    expect(loggedOut.status).toBe(204);

    const wrongPassword = await send('failed login', 'POST', '/auth/login', {
      body: { email: EMAIL, password: WRONG_PASSWORD },
    });
    expect(wrongPassword.status).toBe(401);

    // A spent refresh token and a revoked access token: the failure paths log errors, not inputs.
    const replayed = await send('replayed refresh', 'POST', '/auth/refresh', {
      body: { refreshToken: tokensOf(loggedIn).refreshToken },
    });
    expect(replayed.status).toBe(401);
    const revoked = await send('me after logout', 'GET', '/auth/me', { accessToken: current.accessToken });
    expect(revoked.status).toBe(401);

    api.signal('SIGTERM');
    const { code, stdout, stderr } = await api.waitForExit(SHUTDOWN_WITHIN_MS);
    expect(code).toBe(0);
    const logLines = `${stdout}\n${stderr}`.split('\n').filter((line) => line.trim() !== '');

    // The logs are really on: every request above left a line naming its route.
    expect(logLines.some((line) => line.includes('/api/v1/auth/logout'))).toBe(true);

    const issued = [tokensOf(registered), tokensOf(loggedIn), current];
    const secrets = [
      PASSWORD,
      WRONG_PASSWORD,
      ...issued.flatMap(({ accessToken, refreshToken }) => [accessToken, refreshToken]),
    ];
    for (const secret of secrets) {
      expect(logLines.filter((line) => line.includes(secret))).toEqual([]);
    }
    expect(logLines.filter((line) => line.includes('$argon2id$'))).toEqual([]);
    expect(logLines.filter((line) => /Bearer\s+\S/i.test(line))).toEqual([]);
    for (const value of authorizationValues(logLines)) expect(value).toBe('[redacted]');
  });

  it('responses carry no password or hash, and tokens only where they are issued', () => {
    // Relies on the exchanges the spec above recorded.
    expect(exchanges.map(({ label }) => label)).toContain('me after logout');

    for (const { label, body } of exchanges) {
      const leaks = [PASSWORD, WRONG_PASSWORD, '$argon2id$'].filter((secret) => body.includes(secret));
      expect({ label, leaks }).toEqual({ label, leaks: [] });
    }
    const issuing = new Set(['register', 'login', 'refresh']);
    const issued = exchanges.filter(({ label }) => issuing.has(label)).map(({ body }) => JSON.parse(body) as TokenPair);
    const tokens = issued.flatMap(({ accessToken, refreshToken }) => [accessToken, refreshToken]);
    for (const { label, body } of exchanges.filter((exchange) => !issuing.has(exchange.label))) {
      expect({ label, echoed: tokens.filter((token) => body.includes(token)).length }).toEqual({ label, echoed: 0 });
    }
    // Refresh tokens are random, so each belongs to one response; the one a refresh spends is not echoed back.
    // (Access tokens carry no jti: two issued for one login within the same second are identical JWTs.)
    for (const { refreshToken } of issued) {
      expect(exchanges.filter(({ body }) => body.includes(refreshToken))).toHaveLength(1);
    }
  });
});

/** Every value logged under an `authorization` key, at any depth of any JSON log line. */
function authorizationValues(lines: readonly string[]): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key.toLowerCase() === 'authorization') found.push(child);
      visit(child);
    }
  };
  for (const line of lines) {
    if (!line.startsWith('{')) continue;
    try {
      visit(JSON.parse(line));
    } catch {
      // Not every line is JSON (a plain stderr message); the substring checks cover those.
    }
  }
  return found;
}
