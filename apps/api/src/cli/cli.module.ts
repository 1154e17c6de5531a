import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@prodev/core';
import { AppModule } from '../app.module';
import { CliOutput } from './cli-output';
import {
  MigrationCreateCommand,
  MigrationDownCommand,
  MigrationListCommand,
  MigrationUpCommand,
} from './migration.commands';

/**
 * The API's command line. It loads the API's own module graph (without an
 * HTTP listener), so it sees exactly the entities and services the API does.
 */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [AppModule.forRoot(config)],
      providers: [CliOutput, MigrationUpCommand, MigrationDownCommand, MigrationListCommand, MigrationCreateCommand],
    };
  }
}
