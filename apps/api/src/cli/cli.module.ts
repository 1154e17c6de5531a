import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@prodev/auth';
import { CurriculumModule } from '@prodev/curriculum';
import type { AppConfig } from '@prodev/core';
import { AppModule } from '../app.module';
import { CliOutput } from './cli-output';
import {
  MigrationCreateCommand,
  MigrationDownCommand,
  MigrationListCommand,
  MigrationUpCommand,
} from './migration.commands';
import { NewPasswordQuestions, UserCreateCommand } from './user-create.command';
import { SeedCommand } from './seed.command';

/**
 * The API's command line. It loads the API's own module graph (without an
 * HTTP listener), so it sees exactly the entities and services the API does.
 */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      // AuthModule and CurriculumModule are already part of the API's graph; importing them here only makes
      // their exports (AuthService, CurriculumSeeder) visible to the commands, it does not create second instances.
      imports: [AppModule.forRoot(config), AuthModule, CurriculumModule],
      providers: [
        CliOutput,
        MigrationUpCommand,
        MigrationDownCommand,
        MigrationListCommand,
        MigrationCreateCommand,
        UserCreateCommand,
        NewPasswordQuestions,
        SeedCommand,
      ],
    };
  }
}
