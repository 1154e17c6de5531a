import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM as AnyMikroORM } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataDirInUseError, EmbeddedPostgres, IN_MEMORY_DB, type DatabaseConfig } from '@prodev/core';
import { describeMigrationRoundTrip } from '../support/migration-round-trip';
import { createTestApp } from '../support/test-app';
import { createTestOrm } from '../support/test-orm';

const EMBEDDED: DatabaseConfig = { kind: 'embedded', dataDir: IN_MEMORY_DB, migrateOnStart: false };

describe('Embedded PostgreSQL (PGlite over the wire protocol)', () => {
  let embedded: EmbeddedPostgres;
  let orm: MikroORM;

  beforeAll(async () => {
    embedded = await EmbeddedPostgres.start(IN_MEMORY_DB);
    orm = await createTestOrm(EMBEDDED, embedded.address);
  });

  afterAll(async () => {
    await orm.close(true);
    await embedded.stop();
  });

  it('is real PostgreSQL', async () => {
    const [row] = await orm.em.getConnection().execute<{ version: string }[]>('select version()');

    expect(row?.version).toMatch(/^PostgreSQL \d+/);
  });

  describe('migration round trip', () => {
    describeMigrationRoundTrip(() => orm);
  });

  describe('transactions', () => {
    const count = async (label: string): Promise<number> => {
      const rows = await orm.em
        .getConnection()
        .execute<{ n: string }[]>('select count(*) as n from probe_item where label = ?', [label]);
      return Number(rows[0]?.n);
    };

    it('rolls back everything a failed transaction wrote', async () => {
      const attempt = orm.em.transactional(async (em) => {
        await em
          .getConnection()
          .execute("insert into probe_item (label) values ('rolled-back')", [], 'run', em.getTransactionContext());
        throw new Error('abort');
      });

      await expect(attempt).rejects.toThrow('abort');
      await expect(count('rolled-back')).resolves.toBe(0);
    });

    it('keeps what a committed transaction wrote', async () => {
      await orm.em.transactional(async (em) => {
        await em
          .getConnection()
          .execute("insert into probe_item (label) values ('committed')", [], 'run', em.getTransactionContext());
      });

      await expect(count('committed')).resolves.toBe(1);
    });

    it('serialises concurrent read-modify-write transactions, so no update is lost', async () => {
      await orm.em.getConnection().execute("insert into probe_item (label) values ('counter')");
      const increment = (): Promise<void> =>
        orm.em.fork().transactional(async (em) => {
          const connection = em.getConnection();
          const context = em.getTransactionContext();
          const [row] = await connection.execute<{ counter: number }[]>(
            "select counter from probe_item where label = 'counter' for update",
            [],
            'all',
            context,
          );
          await new Promise((resolve) => setImmediate(resolve));
          await connection.execute(
            "update probe_item set counter = ? where label = 'counter'",
            [(row?.counter ?? 0) + 1],
            'run',
            context,
          );
        });

      await Promise.all(Array.from({ length: 10 }, increment));

      const [row] = await orm.em
        .getConnection()
        .execute<{ counter: number }[]>("select counter from probe_item where label = 'counter'");
      expect(row?.counter).toBe(10);
    });
  });
});

describe('Embedded data folder', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'prodev-data-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second opener while the first holds it, and frees it on stop', async () => {
    const first = await EmbeddedPostgres.start(dataDir);

    await expect(EmbeddedPostgres.start(dataDir)).rejects.toBeInstanceOf(DataDirInUseError);

    await first.stop();
    const second = await EmbeddedPostgres.start(dataDir);
    await second.stop();
  });
});

describe('The API on the embedded default', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('applied the committed migrations at start, leaving nothing pending', async () => {
    const orm = app.get(AnyMikroORM);

    await expect(orm.getMigrator().getPendingMigrations()).resolves.toEqual([]);
  });

  it('has migrations that match the entities exactly (no schema drift)', async () => {
    const orm = app.get(AnyMikroORM);

    await expect(orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).resolves.toBe('');
  });
});
