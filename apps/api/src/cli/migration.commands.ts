import { MigrationsService } from '@prodev/core';
import { Command, CommandRunner, Option } from 'nest-commander';
import { CliOutput } from './cli-output';

@Command({ name: 'migration:up', description: 'Apply pending migrations (all, or up to --to NAME)' })
export class MigrationUpCommand extends CommandRunner {
  constructor(
    private readonly migrations: MigrationsService,
    private readonly out: CliOutput,
  ) {
    super();
  }

  async run(_args: string[], options: { to?: string }): Promise<void> {
    const applied = await this.migrations.up(options.to);
    this.out.line(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'No pending migrations');
  }

  @Option({ flags: '--to <name>', description: 'stop after this migration' })
  parseTo(value: string): string {
    return value;
  }
}

@Command({ name: 'migration:down', description: 'Revert the newest migration (or down to --to NAME, or --all)' })
export class MigrationDownCommand extends CommandRunner {
  constructor(
    private readonly migrations: MigrationsService,
    private readonly out: CliOutput,
  ) {
    super();
  }

  async run(_args: string[], options: { to?: string; all?: boolean }): Promise<void> {
    const reverted = await this.migrations.down(options.all === true ? 0 : options.to);
    this.out.line(reverted.length > 0 ? `Reverted: ${reverted.join(', ')}` : 'Nothing to revert');
  }

  @Option({ flags: '--to <name>', description: 'revert every migration after this one' })
  parseTo(value: string): string {
    return value;
  }

  @Option({ flags: '--all', description: 'revert every migration' })
  parseAll(): boolean {
    return true;
  }
}

@Command({ name: 'migration:list', description: 'Show executed and pending migrations' })
export class MigrationListCommand extends CommandRunner {
  constructor(
    private readonly migrations: MigrationsService,
    private readonly out: CliOutput,
  ) {
    super();
  }

  async run(): Promise<void> {
    const { executed, pending } = await this.migrations.status();
    for (const name of executed) this.out.line(`  executed  ${name}`);
    for (const name of pending) this.out.line(`  pending   ${name}`);
    this.out.line(`${executed.length} executed, ${pending.length} pending`);
  }
}

@Command({
  name: 'migration:create',
  description: 'Write a migration for the difference between the entities and the schema snapshot',
})
export class MigrationCreateCommand extends CommandRunner {
  constructor(
    private readonly migrations: MigrationsService,
    private readonly out: CliOutput,
  ) {
    super();
  }

  async run(_args: string[], options: { name?: string; blank?: boolean }): Promise<void> {
    const file = await this.migrations.create(options.name, options.blank === true);
    this.out.line(file === null ? 'Schema already matches the entities: no migration written' : `Created ${file}`);
  }

  @Option({ flags: '--name <name>', description: 'suffix of the file name, e.g. users' })
  parseName(value: string): string {
    if (!/^[A-Za-z0-9_]+$/.test(value)) throw new Error('--name may contain letters, digits and underscores only');
    return value;
  }

  @Option({ flags: '--blank', description: 'write an empty migration to fill in by hand' })
  parseBlank(): boolean {
    return true;
  }
}
