import { Migration } from '@mikro-orm/migrations';

export const PROBE_MIGRATION_NAME = 'Migration99991231235959_probe';

/** A migration that exists only in specs, sorted after every real one. */
export class ProbeMigration extends Migration {
  override up(): void {
    this.addSql(
      'create table "probe_item" ("id" serial primary key, "label" text not null, "counter" int not null default 0);',
    );
  }

  override down(): void {
    this.addSql('drop table "probe_item";');
  }
}
