import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import {
  ConfigValidationError,
  describeStartupError,
  exitGracefullyOnSignals,
  loadAppConfig,
  type AppConfig,
} from '@prodev/core';
import { createApiApp } from './http/create-api-app';

function loadConfigOrExit(): AppConfig {
  try {
    return loadAppConfig();
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`${error.message}\nThe API did not start. See config/*.env.example for every variable.\n`);
    process.exit(1);
  }
}

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  const logger = new Logger('Bootstrap');
  exitGracefullyOnSignals(app, config.http.shutdownTimeoutMs, logger);
  await app.listen({ port: config.http.port, host: config.http.host });
  const database = config.database.kind === 'embedded' ? 'embedded PostgreSQL' : 'PostgreSQL';
  logger.log(`API listening on http://${config.http.host}:${config.http.port} (${database}, docs at /docs)`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`The API failed to start: ${describeStartupError(error)}\n`);
  process.exit(1);
});
