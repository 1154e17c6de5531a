import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ConfigValidationError,
  describeStartupError,
  exitGracefullyOnSignals,
  loadAppConfig,
  type AppConfig,
} from '@prodev/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';
import { WorkerReadiness } from './worker-readiness';

export const NO_REDIS_MESSAGE =
  'The worker needs REDIS_URL: it consumes the Bull queues on Redis. Without Redis (the embedded default) ' +
  'jobs run inside the API process, so there is nothing for a worker to do.';
export const NO_DATABASE_MESSAGE =
  'The worker needs DATABASE_URL: the embedded database lives inside the API process and cannot be shared ' +
  'with another process. Point both at the same PostgreSQL server.';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function loadConfigOrExit(): AppConfig {
  try {
    return loadAppConfig();
  } catch (error) {
    if (error instanceof ConfigValidationError) fail(`${error.message}\nThe worker did not start.`);
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  if (config.redis === null) fail(NO_REDIS_MESSAGE);
  if (config.database.kind !== 'postgres') fail(NO_DATABASE_MESSAGE);

  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(PinoLogger));
  app.flushLogs();
  const logger = new Logger('Worker');
  exitGracefullyOnSignals(app, config.http.shutdownTimeoutMs, logger);
  await app.get(WorkerReadiness).assertReady();
  logger.log('Worker ready: connected to PostgreSQL and Redis');
}

bootstrap().catch((error: unknown) => {
  fail(`The worker failed to start: ${describeStartupError(error)}`);
});
