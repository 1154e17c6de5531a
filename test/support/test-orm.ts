import { MikroORM } from '@mikro-orm/postgresql';
import { MIGRATIONS, buildMikroOrmOptions, type DatabaseConfig, type EmbeddedPostgresAddress } from '@prodev/core';
import { PROBE_MIGRATION_NAME, ProbeMigration } from './probe-migration';

/**
 * A bare ORM with the app's own options and the committed migrations plus the
 * probe migration, for specs about the database layer itself.
 */
export async function createTestOrm(
  database: DatabaseConfig,
  embedded: EmbeddedPostgresAddress | null = null,
): Promise<MikroORM> {
  const { autoLoadEntities: _nestOnly, ...options } = buildMikroOrmOptions(database, embedded);
  return MikroORM.init({
    ...options,
    migrations: {
      ...options.migrations,
      migrationsList: [...MIGRATIONS, { name: PROBE_MIGRATION_NAME, class: ProbeMigration }],
    },
  });
}

export async function tableExists(orm: MikroORM, table: string): Promise<boolean> {
  const rows = await orm.em
    .getConnection()
    .execute<{ exists: boolean }[]>(`select to_regclass('public.${table}') is not null as "exists"`);
  return rows[0]?.exists === true;
}

export async function executedMigrations(orm: MikroORM): Promise<string[]> {
  const rows = await orm.getMigrator().getExecutedMigrations();
  return rows.map((row) => row.name);
}
