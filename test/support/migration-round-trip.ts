import type { MikroORM } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '@prodev/core';
import { PROBE_MIGRATION_NAME } from './probe-migration';
import { executedMigrations, tableExists } from './test-orm';

const ALL = [...MIGRATIONS.map((migration) => migration.name), PROBE_MIGRATION_NAME];

/**
 * up → down (everything) → up on one database: every migration applies,
 * reverts cleanly and applies again, and the bookkeeping follows.
 */
export function describeMigrationRoundTrip(getOrm: () => MikroORM): void {
  it('applies every migration on an empty database', async () => {
    const orm = getOrm();

    await orm.getMigrator().up();

    await expect(executedMigrations(orm)).resolves.toEqual(ALL);
    await expect(tableExists(orm, 'probe_item')).resolves.toBe(true);
  });

  it('reverts every migration, leaving no table behind', async () => {
    const orm = getOrm();

    await orm.getMigrator().down({ to: 0 });

    await expect(executedMigrations(orm)).resolves.toEqual([]);
    await expect(tableExists(orm, 'probe_item')).resolves.toBe(false);
    const leftovers = await orm.em
      .getConnection()
      .execute<{ table_name: string }[]>(
        "select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations'",
      );
    expect(leftovers).toEqual([]);
  });

  it('applies them all again after a full revert', async () => {
    const orm = getOrm();

    await orm.getMigrator().up();

    await expect(executedMigrations(orm)).resolves.toEqual(ALL);
    await expect(tableExists(orm, 'probe_item')).resolves.toBe(true);
  });

  it('has nothing pending afterwards', async () => {
    await expect(getOrm().getMigrator().getPendingMigrations()).resolves.toEqual([]);
  });
}
