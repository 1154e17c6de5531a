import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  cleanUpProcesses,
  freePort,
  makeTempDir,
  startCli,
  startEntryPoint,
  type ProcessResult,
} from '../support/process';

/**
 * The built CLI as an operator runs it on the embedded database: migrate,
 * create the first admin from a piped password, refuse bad input with one
 * line and exit 1 — and the API started on the same folder then signs that
 * admin in. The specs share one data folder and run in order.
 */

const CLI_WITHIN_MS = 20_000;
const API_READY_WITHIN_MS = 20_000;
const SHUTDOWN_WITHIN_MS = 5_000;

const PASSWORD = 'correct horse battery staple';
const ADMIN = { email: 'ada@example.com', name: 'Ada Lovelace' } as const;
// argon2id with the OWASP minimum parameters the PasswordHasher is configured with.
const ARGON2ID_PREFIX = '$argon2id$v=19$m=19456,t=2,p=1$';
const AUTH_MIGRATION = /Migration\d{14}_auth/;
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const LISTENING = /API listening on http:\/\/127\.0\.0\.1:\d+/;

cleanUpProcesses();

describe('the CLI on the embedded database', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = join(makeTempDir(), 'pglite');
  });

  function cli(args: readonly string[], stdin?: string): Promise<ProcessResult> {
    return startCli(args, { NODE_ENV: 'test', EMBEDDED_DB_DIR: dataDir }, { stdin }).waitForExit(CLI_WITHIN_MS);
  }

  function createUser(options: { role: string; password: string; email?: string }): Promise<ProcessResult> {
    const args = ['user:create', '--email', options.email ?? ADMIN.email, '--name', ADMIN.name, '--role', options.role];
    return cli([...args, '--password-stdin'], `${options.password}\n`);
  }

  function expectRefusal(result: ProcessResult, message: RegExp, password: string): void {
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stdout + result.stderr).not.toContain(password);
  }

  it('migration:up applies the auth migration, and migration:list then shows it executed', async () => {
    const up = await cli(['migration:up']);
    expect(up.code).toBe(0);
    expect(up.stdout).toMatch(AUTH_MIGRATION);

    const list = await cli(['migration:list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^\\s*executed\\s+${AUTH_MIGRATION.source}$`, 'm'));
    expect(list.stdout).toContain('0 pending');
  }, 30_000);

  it('user:create --password-stdin creates an admin and names it, never echoing the password', async () => {
    const { code, stdout, stderr } = await createUser({ role: 'admin', password: PASSWORD });

    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^Created admin ada@example\.com \([0-9a-f-]{36}\)$/);
    expect(stdout + stderr).not.toContain(PASSWORD);
  });

  it('refuses the same email again with one line and exit 1', async () => {
    const again = await createUser({ role: 'admin', password: PASSWORD });

    expectRefusal(again, /ada@example\.com already exists/, PASSWORD);
  });

  it('refuses a password shorter than 12 characters, naming the rule', async () => {
    const short = await createUser({ role: 'mentor', password: 'too-short', email: 'grace@example.com' });

    expectRefusal(short, /at least 12 characters/, 'too-short');
  });

  it('refuses an unknown --role, listing the valid ones', async () => {
    const badRole = await createUser({ role: 'superuser', password: PASSWORD, email: 'grace@example.com' });

    expectRefusal(badRole, /--role must be one of learner, mentor, admin/, PASSWORD);
  });

  it('--help exits 0 and lists user:create', async () => {
    const help = await cli(['--help']);

    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^\s+user:create\b/m);
  });

  it('the API started on that folder signs the admin in, and the row holds an argon2id hash', async () => {
    const port = await freePort();
    const api = startEntryPoint('api', {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_DB_DIR: dataDir,
    });
    await api.waitForLine(LISTENING, { timeoutMs: API_READY_WITHIN_MS, stream: 'stdout' });

    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    await expect(login.json()).resolves.toMatchObject({ user: { email: ADMIN.email, role: 'admin' } });

    api.signal('SIGTERM');
    await expect(api.waitForExit(SHUTDOWN_WITHIN_MS)).resolves.toMatchObject({ code: 0 });

    // The API has let go of the folder: read the row the way an operator with psql would.
    const db = await PGlite.create(dataDir);
    try {
      const { rows } = await db.query<{ role: string; password_hash: string }>(
        'select role, password_hash from users where email = $1',
        [ADMIN.email],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].role).toBe('admin');
      expect(rows[0].password_hash.slice(0, ARGON2ID_PREFIX.length)).toBe(ARGON2ID_PREFIX);
    } finally {
      await db.close();
    }
  }, 30_000);
});
