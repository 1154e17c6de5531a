import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildAppConfig } from '@prodev/core';
import { AppModule } from '../app.module';
import { configureRoutes } from './create-api-app';
import { buildOpenApiDocument } from './openapi';

/**
 * A fixed configuration, not the caller's environment: the committed document must not depend on
 * who generated it. The database is never opened (see below), so its settings only need to validate.
 */
const EXPORT_ENV = { NODE_ENV: 'test', EMBEDDED_DB_DIR: 'memory://', LOG_LEVEL: 'silent' } as const;

/**
 * The OpenAPI document the API serves at /docs-json, built without a server or a database.
 * Nest's preview mode scans modules and controllers without instantiating providers, which is
 * all the Swagger scanner reads; so no connection, no migration, no port.
 */
export async function exportOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(buildAppConfig(EXPORT_ENV)),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    configureRoutes(app);
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** Keys sorted at every level and two-space indents: a route added anywhere is a small, local diff. */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, child]) => [key, sortKeys(child)]));
}
