import 'reflect-metadata';
import { ConfigValidationError, buildAppConfig, describeStartupError, loadAppConfig } from '@prodev/core';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    loadAppConfig();
    // Commands decide what happens to the schema and the data: no migration or seeding as a side effect.
    config = buildAppConfig({
      LOG_LEVEL: 'warn',
      ...process.env,
      DATABASE_MIGRATE_ON_START: 'false',
      SEED_DEMO_USERS: 'false',
    });
  } catch (error) {
    if (error instanceof ConfigValidationError) fail(error.message);
    throw error;
  }
  await CommandFactory.run(CliModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
    cliName: 'prodev',
    errorHandler: (error: Error & { code?: string; exitCode?: number }) => {
      // Commander reports --help and --version through the error handler too.
      if (error.exitCode === 0) process.exit(0);
      fail(error.message);
    },
    serviceErrorHandler: (error: Error) => fail(`Command failed: ${error.message}`),
  });
}

main().catch((error: unknown) => fail(describeStartupError(error)));
