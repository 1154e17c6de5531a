import { Migration } from '@mikro-orm/migrations';

export class Migration20261126122607_reports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "report_kind" as enum ('gradebook_csv');`);
    this.addSql(`create type "report_status" as enum ('pending', 'ready', 'failed');`);
    this.addSql(`create table "reports" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "report_kind" not null, "requested_by_id" uuid not null, "cohort_id" uuid not null, "status" "report_status" not null, "filename" varchar(200) not null, "content" text null, "error" text null, "finished_at" timestamptz null, constraint "reports_pkey" primary key ("id"));`);
    this.addSql(`create index "reports_requested_by_id_created_at_index" on "reports" ("requested_by_id", "created_at");`);

    this.addSql(`alter table "reports" add constraint "reports_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reports" add constraint "reports_cohort_id_foreign" foreign key ("cohort_id") references "cohorts" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reports" cascade;`);

    this.addSql(`drop type "report_kind";`);
    this.addSql(`drop type "report_status";`);
  }

}
