import { Migration } from '@mikro-orm/migrations';

export class Migration20261126122054_assignments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "submission_status" as enum ('ungraded', 'graded');`);
    this.addSql(
      `create table "assignments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "module_id" uuid not null, "title" varchar(200) not null, "instructions" text not null, "due_at" timestamptz not null, "max_points" int not null, "rubric" jsonb not null, "penalty_percent_per_day" int not null, "max_late_days" int not null, constraint "assignments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "assignments_module_id_due_at_index" on "assignments" ("module_id", "due_at");`);

    this.addSql(
      `create table "submissions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "assignment_id" uuid not null, "learner_id" uuid not null, "version" int not null, "repository_url" varchar(2048) not null, "commit_sha" varchar(40) null, "notes" text null, "submitted_at" timestamptz not null, "late_days" int not null, "status" "submission_status" not null, constraint "submissions_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "submissions_learner_id_submitted_at_index" on "submissions" ("learner_id", "submitted_at");`,
    );
    this.addSql(
      `create index "submissions_assignment_id_submitted_at_index" on "submissions" ("assignment_id", "submitted_at");`,
    );
    this.addSql(
      `create index "submissions_assignment_id_status_submitted_at_index" on "submissions" ("assignment_id", "status", "submitted_at");`,
    );
    this.addSql(
      `alter table "submissions" add constraint "submissions_assignment_id_learner_id_version_unique" unique ("assignment_id", "learner_id", "version");`,
    );

    this.addSql(
      `create table "reviews" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submission_id" uuid not null, "reviewer_id" uuid null, "scores" jsonb not null, "feedback" text not null, "raw_points" numeric(8,2) not null, "penalty_percent" numeric(5,2) not null, "points" numeric(8,2) not null, constraint "reviews_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "reviews_reviewer_id_index" on "reviews" ("reviewer_id");`);
    this.addSql(`create index "reviews_submission_id_created_at_index" on "reviews" ("submission_id", "created_at");`);

    this.addSql(
      `create table "assignment_extensions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "assignment_id" uuid not null, "learner_id" uuid not null, "due_at" timestamptz not null, "reason" text not null, "granted_by_id" uuid null, constraint "assignment_extensions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "assignment_extensions_learner_id_index" on "assignment_extensions" ("learner_id");`);
    this.addSql(
      `alter table "assignment_extensions" add constraint "assignment_extensions_assignment_id_learner_id_unique" unique ("assignment_id", "learner_id");`,
    );

    this.addSql(
      `alter table "assignments" add constraint "assignments_module_id_foreign" foreign key ("module_id") references "modules" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "submissions" add constraint "submissions_assignment_id_foreign" foreign key ("assignment_id") references "assignments" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "submissions" add constraint "submissions_learner_id_foreign" foreign key ("learner_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "reviews" add constraint "reviews_submission_id_foreign" foreign key ("submission_id") references "submissions" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "reviews" add constraint "reviews_reviewer_id_foreign" foreign key ("reviewer_id") references "users" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "assignment_extensions" add constraint "assignment_extensions_assignment_id_foreign" foreign key ("assignment_id") references "assignments" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "assignment_extensions" add constraint "assignment_extensions_learner_id_foreign" foreign key ("learner_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "assignment_extensions" add constraint "assignment_extensions_granted_by_id_foreign" foreign key ("granted_by_id") references "users" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter type "notification_kind" add value if not exists 'submission-reviewed' after 'enrollment-confirmed';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "submissions" drop constraint "submissions_assignment_id_foreign";`);

    this.addSql(`alter table "assignment_extensions" drop constraint "assignment_extensions_assignment_id_foreign";`);

    this.addSql(`alter table "reviews" drop constraint "reviews_submission_id_foreign";`);

    this.addSql(`drop table if exists "assignments" cascade;`);

    this.addSql(`drop table if exists "submissions" cascade;`);

    this.addSql(`drop table if exists "reviews" cascade;`);

    this.addSql(`drop table if exists "assignment_extensions" cascade;`);

    this.addSql(`drop type "submission_status";`);

    // PostgreSQL cannot drop an enum value: rebuild the type without it (its notifications go with it).
    this.addSql(`delete from "notifications" where "kind" = 'submission-reviewed';`);
    this.addSql(`alter type "notification_kind" rename to "notification_kind_old";`);
    this.addSql(`create type "notification_kind" as enum ('welcome', 'enrollment-confirmed');`);
    this.addSql(
      `alter table "notifications" alter column "kind" type "notification_kind" using "kind"::text::"notification_kind";`,
    );
    this.addSql(`drop type "notification_kind_old";`);
  }
}
