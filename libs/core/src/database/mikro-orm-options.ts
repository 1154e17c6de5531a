import { resolve } from 'node:path';
import { LoadStrategy } from '@mikro-orm/core';
import { Logger } from '@nestjs/common';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import type { DatabaseConfig } from '../config/app-config';
import type { EmbeddedPostgresAddress } from './embedded-postgres';
import { MIGRATIONS } from './migrations';

/** Where `migration:create` writes new migration files (source, not dist). */
export const MIGRATIONS_SOURCE_DIR = resolve(process.cwd(), 'libs/core/src/database/migrations');

const CONNECT_TIMEOUT_MS = 3_000;
const ormLogger = new Logger('MikroORM');

/**
 * One set of ORM options for both engines: only the address and the pool size
 * differ. Entities come from `forFeature` in each domain module
 * (`autoLoadEntities`); migrations from the committed, explicit list, so they
 * are found the same way from sources, from `dist` and under Jest.
 */
export function buildMikroOrmOptions(
  database: DatabaseConfig,
  embedded: EmbeddedPostgresAddress | null,
): Options & { autoLoadEntities: boolean } {
  const address =
    database.kind === 'postgres'
      ? { clientUrl: database.url, pool: { min: 0, max: database.poolMax } }
      : { ...requireEmbedded(embedded), pool: { min: 1, max: 1 } };
  return {
    driver: PostgreSqlDriver,
    ...address,
    autoLoadEntities: true,
    // The database exists before the app starts (ops create it); an unreachable server must
    // not stop the API from starting: readiness reports it and the pool reconnects later.
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: false },
    loadStrategy: LoadStrategy.JOINED,
    forceUtcTimezone: true,
    strict: true,
    debug: false,
    logger: (message: string) => ormLogger.log(message),
    allowGlobalContext: false,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: MIGRATIONS_SOURCE_DIR,
      pathTs: MIGRATIONS_SOURCE_DIR,
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      // No snapshot file: `migration:create` migrates the dev database to head and diffs the
      // entities against it, so nothing is written next to the sources on every up/down.
      snapshot: false,
      emit: 'ts',
      // MigrationsService reports what ran; the migrator's own per-file lines are noise.
      silent: true,
    },
    driverOptions: {
      // knex prints pool and connection trouble with console.*; keep it in the structured log.
      log: {
        warn: (message: string) => ormLogger.warn(message),
        error: (message: string) => ormLogger.error(message),
        deprecate: (message: string) => ormLogger.warn(message),
        debug: (message: string) => ormLogger.debug(message),
      },
      // Fail fast when the server is unreachable: readiness must answer 503, not hang.
      acquireConnectionTimeout: CONNECT_TIMEOUT_MS * 2,
      connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    },
  };
}

function requireEmbedded(embedded: EmbeddedPostgresAddress | null): EmbeddedPostgresAddress {
  if (embedded === null) throw new Error('The embedded database was not started');
  return embedded;
}
