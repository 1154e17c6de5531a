import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import { RequestMethod, VersioningType, type INestApplication, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, REQUEST_ID_HEADER, assignRequestId } from '@prodev/core';
import { Logger } from 'nestjs-pino';
import { QUEUE_DASHBOARD_ROUTE } from '../admin/queue-dashboard-route';
import { AppModule } from '../app.module';
import { setupOpenApi } from './openapi';

export const API_PREFIX = 'api';

/**
 * Builds the API exactly as production runs it (adapter, security headers,
 * versioning, docs); `main.ts` listens on it and tests inject requests into it
 * (`extra.imports` lets a spec mount a probe controller behind the same pipes).
 */
export async function createApiApp(
  config: AppConfig,
  extra: Pick<ModuleMetadata, 'imports'> = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => assignRequestId(req, randomUUID),
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, extra.imports ?? []),
    adapter,
    {
      bufferLogs: true,
      // Start-up errors reach the caller (main.ts prints them once) instead of Nest exiting on its own.
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.flushLogs();

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // Swagger UI needs inline styles and data: images; scripts stay same-origin.
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  app.enableCors({
    origin: config.http.corsOrigins.length > 0 ? [...config.http.corsOrigins] : false,
    exposedHeaders: ['X-Request-Id', 'ETag', 'Retry-After', 'Location'],
    maxAge: 600,
  });
  configureRoutes(app);
  if (config.http.docsEnabled) setupOpenApi(app);
  await app.init();
  await fastify.ready();
  return app;
}

/**
 * How every route's path is built (`/api/v1/...`, health and the queue dashboard at the root). Shared with the offline
 * OpenAPI export, so the committed document names the same paths the server answers on.
 */
export function configureRoutes(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/{*path}', method: RequestMethod.ALL },
      // Bull-board mounts itself under the global prefix unless its route is excluded.
      { path: QUEUE_DASHBOARD_ROUTE, method: RequestMethod.ALL },
    ],
  });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
}
