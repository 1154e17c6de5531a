import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';
import { MigrationsService } from './migrations.service';
import { buildMikroOrmOptions } from './mikro-orm-options';

export const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');

/** Starts PGlite only when no DATABASE_URL is configured; otherwise provides null. */
@Module({
  providers: [
    {
      provide: EMBEDDED_POSTGRES,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<EmbeddedPostgres | null> => {
        if (config.database.kind !== 'embedded') return null;
        const started = Date.now();
        const embedded = await EmbeddedPostgres.start(config.database.dataDir);
        new Logger('Database').log(
          `Embedded PostgreSQL (PGlite) ready in ${Date.now() - started} ms, data in ${config.database.dataDir}`,
        );
        return embedded;
      },
    },
  ],
  exports: [EMBEDDED_POSTGRES],
})
class EmbeddedPostgresModule {}

@Injectable()
class DatabaseLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly config: AppConfig,
    private readonly orm: MikroORM,
    private readonly migrations: MigrationsService,
    @Inject(EMBEDDED_POSTGRES) private readonly embedded: EmbeddedPostgres | null,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.database.migrateOnStart) return;
    const applied = await this.migrations.up();
    this.logger.log(
      applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Schema up to date',
    );
  }

  async onApplicationShutdown(): Promise<void> {
    // The pool must be gone before the embedded engine it talks to stops.
    if (this.embedded === null) return;
    await this.orm.close(true);
    await this.embedded.stop();
  }
}

/**
 * MikroORM on PostgreSQL: DATABASE_URL when set, otherwise the embedded
 * engine. Domain libraries add their entities with `MikroOrmModule.forFeature`.
 */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        EmbeddedPostgresModule,
        MikroOrmModule.forRootAsync({
          driver: PostgreSqlDriver,
          imports: [EmbeddedPostgresModule],
          inject: [AppConfig, EMBEDDED_POSTGRES],
          useFactory: (config: AppConfig, embedded: EmbeddedPostgres | null) =>
            buildMikroOrmOptions(config.database, embedded?.address ?? null),
        }),
      ],
      providers: [MigrationsService, DatabaseLifecycle],
      exports: [MigrationsService],
    };
  }
}
