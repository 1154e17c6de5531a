import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { listMigrationFiles, renderMigrationsIndex } from './migrations-index';
import { MIGRATIONS_SOURCE_DIR } from './mikro-orm-options';

export interface MigrationStatus {
  readonly executed: readonly string[];
  readonly pending: readonly string[];
}

/** Schema migrations, for the CLI and for the embedded database's start-up. */
@Injectable()
export class MigrationsService {
  constructor(private readonly orm: MikroORM) {}

  /** Applies every pending migration (or up to `to`); returns the names applied. */
  async up(to?: string): Promise<string[]> {
    const applied = await this.orm.getMigrator().up(to === undefined ? undefined : { to });
    return applied.map((migration) => migration.name);
  }

  /** Reverts the newest migration, or every one down to (excluding) `to`; `to: 0` reverts all. */
  async down(to?: string | 0): Promise<string[]> {
    const reverted = await this.orm.getMigrator().down(to === undefined ? undefined : { to });
    return reverted.map((migration) => migration.name);
  }

  async status(): Promise<MigrationStatus> {
    const migrator = this.orm.getMigrator();
    const [executed, pending] = await Promise.all([migrator.getExecutedMigrations(), migrator.getPendingMigrations()]);
    return { executed: executed.map((row) => row.name), pending: pending.map((row) => row.name) };
  }

  /**
   * Brings the database to the newest migration, writes a migration with what
   * the entities still need, then regenerates the explicit list. Returns the
   * file name, or null when the schema already matches the entities.
   */
  async create(name?: string, blank = false): Promise<string | null> {
    await this.up();
    const result = await this.orm.getMigrator().createMigration(MIGRATIONS_SOURCE_DIR, blank, false, name);
    if (result.fileName === '') return null;
    const names = await listMigrationFiles(MIGRATIONS_SOURCE_DIR);
    await writeFile(join(MIGRATIONS_SOURCE_DIR, 'index.ts'), renderMigrationsIndex(names));
    return result.fileName;
  }
}
