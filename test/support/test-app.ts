import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildAppConfig, type AppConfig } from '@prodev/core';
import { createApiApp } from '../../apps/api/src/http/create-api-app';

export type TestEnv = Record<string, string | undefined>;

/**
 * Configuration for a spec: the test profile on a private in-memory embedded
 * database, whatever the developer's shell exports. Integration specs pass
 * DATABASE_URL / REDIS_URL explicitly.
 */
export function testConfig(env: TestEnv = {}): AppConfig {
  return buildAppConfig({ NODE_ENV: 'test', EMBEDDED_DB_DIR: 'memory://', ...env });
}

/** The API wired exactly as production, ready for `app.inject()` requests. */
export async function createTestApp(
  env: TestEnv = {},
  extra: Pick<ModuleMetadata, 'imports'> = {},
): Promise<NestFastifyApplication> {
  return createApiApp(testConfig(env), extra);
}
