import { Migration } from '@mikro-orm/migrations';

export class Migration20261126114027_jobs_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "job_status" as enum ('pending', 'completed', 'failed');`);
    this.addSql(`create type "notification_kind" as enum ('welcome', 'enrollment-confirmed');`);
    this.addSql(
      `create table "jobs" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "queue" varchar(50) not null, "payload" jsonb not null, "status" "job_status" not null, "attempts" int not null, "last_error" text null, "request_id" varchar(128) null, "run_at" timestamptz not null, "finished_at" timestamptz null, "processed_by" varchar(255) null, constraint "jobs_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "jobs_status_finished_at_index" on "jobs" ("status", "finished_at");`);
    this.addSql(`create index "jobs_pending_run_at_index" on "jobs" ("run_at") where "status" = 'pending';`);

    this.addSql(
      `create table "notifications" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "recipient_id" uuid not null, "kind" "notification_kind" not null, "title" varchar(200) not null, "body" text not null, "source_job_id" uuid not null, "read_at" timestamptz null, "email_sent_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "notifications" add constraint "notifications_source_job_id_unique" unique ("source_job_id");`,
    );
    this.addSql(
      `create index "notifications_recipient_id_created_at_index" on "notifications" ("recipient_id", "created_at");`,
    );

    this.addSql(
      `alter table "notifications" add constraint "notifications_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "jobs" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);

    this.addSql(`drop type "job_status";`);
    this.addSql(`drop type "notification_kind";`);
  }
}
