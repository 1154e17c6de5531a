import { Client } from 'pg';
import { cleanUpProcesses, startCli, type ProcessResult } from '../support/process';
import { createThrowawayDatabase } from '../support/throwaway-database';

/**
 * The built CLI against a real PostgreSQL server (a throwaway database of
 * DATABASE_URL's server): the deploy steps `migration:up` then `user:create`,
 * and the row they leave behind as psql would see it.
 */

const CLI_WITHIN_MS = 20_000;

const PASSWORD = 'correct horse battery staple';
const ADMIN_EMAIL = 'ada@example.com';
// argon2id with the OWASP minimum parameters the PasswordHasher is configured with.
const ARGON2ID_PREFIX = '$argon2id$v=19$m=19456,t=2,p=1$';
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

cleanUpProcesses();

describe('user:create on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;

  beforeAll(async () => {
    database = await createThrowawayDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  function cli(args: readonly string[], stdin?: string): Promise<ProcessResult> {
    return startCli(args, { NODE_ENV: 'test', DATABASE_URL: database.url }, { stdin }).waitForExit(CLI_WITHIN_MS);
  }

  function createAdmin(): Promise<ProcessResult> {
    return cli(
      ['user:create', '--email', ADMIN_EMAIL, '--name', 'Ada Lovelace', '--role', 'admin', '--password-stdin'],
      `${PASSWORD}\n`,
    );
  }

  async function queryUsers(): Promise<Array<{ email: string; role: string; password_hash: string }>> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ email: string; role: string; password_hash: string }>(
        'select email, role, password_hash from users',
      );
      return rows;
    } finally {
      await client.end();
    }
  }

  it('before migration:up, says to run it first (one line, exit 1)', async () => {
    const early = await createAdmin();

    expect(early.code).toBe(1);
    expect(early.stderr.trim().split('\n')).toEqual([expect.stringContaining('run npm run migration:up first')]);
    expect(early.stderr).not.toMatch(STACK_FRAME);
    expect(early.stdout + early.stderr).not.toContain(PASSWORD);
  });

  it('after migration:up, creates the admin with an argon2id hash and never prints the password', async () => {
    const up = await cli(['migration:up']);
    expect(up.code).toBe(0);

    const created = await createAdmin();
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toMatch(/^Created admin ada@example\.com \([0-9a-f-]{36}\)$/);
    expect(created.stdout + created.stderr).not.toContain(PASSWORD);

    const rows = await queryUsers();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: ADMIN_EMAIL, role: 'admin' });
    expect(rows[0].password_hash.slice(0, ARGON2ID_PREFIX.length)).toBe(ARGON2ID_PREFIX);
  });
});
