import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildAppConfig, type AppConfig } from '@prodev/core';
import { createApiApp } from '../../apps/api/src/http/create-api-app';
import { createThrowawayDatabase } from './throwaway-database';

export type TestEnv = Record<string, string | undefined>;

/** Set by the `e2e-postgres` Jest project: the same e2e specs, on a real PostgreSQL. */
export const E2E_ON_POSTGRES = 'TEST_E2E_ON_POSTGRES';

/**
 * Configuration for a spec: the test profile on a private in-memory embedded
 * database, whatever the developer's shell exports. Integration specs pass
 * DATABASE_URL / REDIS_URL explicitly.
 */
export function testConfig(env: TestEnv = {}): AppConfig {
  return buildAppConfig({ NODE_ENV: 'test', EMBEDDED_DB_DIR: 'memory://', ...env });
}

/**
 * The API wired exactly as production, ready for `app.inject()` requests. In
 * the e2e-postgres project, a spec that does not choose its database gets a
 * throwaway PostgreSQL database, migrated at start and dropped on close.
 */
export async function createTestApp(
  env: TestEnv = {},
  extra: Pick<ModuleMetadata, 'imports'> = {},
): Promise<NestFastifyApplication> {
  if (process.env[E2E_ON_POSTGRES] !== '1' || env.DATABASE_URL !== undefined) {
    return createApiApp(testConfig(env), extra);
  }
  const database = await createThrowawayDatabase();
  try {
    const app = await createApiApp(
      testConfig({ ...env, DATABASE_URL: database.url, DATABASE_MIGRATE_ON_START: 'true' }),
      extra,
    );
    const close = app.close.bind(app);
    app.close = async () => {
      await close();
      await database.drop();
    };
    return app;
  } catch (error) {
    await database.drop();
    throw error;
  }
}
