import { Migration } from '@mikro-orm/migrations';

export class Migration20261126101319_curriculum extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "program_level" as enum ('beginner', 'intermediate', 'advanced');`);
    this.addSql(`create type "enrollment_status" as enum ('active', 'withdrawn', 'completed');`);
    this.addSql(
      `create table "programs" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slug" varchar(100) not null, "title" varchar(200) not null, "summary" text not null, "level" "program_level" not null, "published" boolean not null default false, "archived" boolean not null default false, constraint "programs_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "programs" add constraint "programs_slug_unique" unique ("slug");`);
    this.addSql(`create index "programs_title_index" on "programs" ("title");`);
    this.addSql(`create index "programs_level_index" on "programs" ("level");`);
    this.addSql(`create index "programs_published_created_at_index" on "programs" ("published", "created_at");`);

    this.addSql(
      `create table "cohorts" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "program_id" uuid not null, "name" varchar(120) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" int not null, constraint "cohorts_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "cohorts_program_id_starts_at_index" on "cohorts" ("program_id", "starts_at");`);

    this.addSql(
      `create table "modules" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "program_id" uuid not null, "title" varchar(200) not null, "summary" text not null, "position" int not null, constraint "modules_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "modules_program_id_position_index" on "modules" ("program_id", "position");`);

    this.addSql(
      `create table "lessons" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "module_id" uuid not null, "title" varchar(200) not null, "content" text not null, "estimated_minutes" int not null, "position" int not null, constraint "lessons_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lessons_title_index" on "lessons" ("title");`);
    this.addSql(`create index "lessons_module_id_position_index" on "lessons" ("module_id", "position");`);

    this.addSql(
      `create table "lesson_prerequisites" ("lesson_id" uuid not null, "prerequisite_id" uuid not null, constraint "lesson_prerequisites_pkey" primary key ("lesson_id", "prerequisite_id"));`,
    );

    this.addSql(
      `create table "tags" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(40) not null, constraint "tags_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "tags" add constraint "tags_name_unique" unique ("name");`);

    this.addSql(
      `create table "lesson_tags" ("lesson_id" uuid not null, "tag_id" uuid not null, constraint "lesson_tags_pkey" primary key ("lesson_id", "tag_id"));`,
    );

    this.addSql(
      `create table "lesson_completions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "learner_id" uuid not null, "lesson_id" uuid not null, "completed_at" timestamptz not null, constraint "lesson_completions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lesson_completions_lesson_id_index" on "lesson_completions" ("lesson_id");`);
    this.addSql(
      `alter table "lesson_completions" add constraint "lesson_completions_learner_id_lesson_id_unique" unique ("learner_id", "lesson_id");`,
    );

    this.addSql(
      `create table "enrollments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" uuid not null, "learner_id" uuid not null, "status" "enrollment_status" not null default 'active', "withdrawn_at" timestamptz null, constraint "enrollments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "enrollments_learner_id_status_index" on "enrollments" ("learner_id", "status");`);
    this.addSql(`create index "enrollments_cohort_id_status_index" on "enrollments" ("cohort_id", "status");`);
    this.addSql(
      `alter table "enrollments" add constraint "enrollments_cohort_id_learner_id_unique" unique ("cohort_id", "learner_id");`,
    );

    this.addSql(
      `create table "cohort_mentors" ("cohort_id" uuid not null, "user_id" uuid not null, constraint "cohort_mentors_pkey" primary key ("cohort_id", "user_id"));`,
    );

    this.addSql(
      `alter table "cohorts" add constraint "cohorts_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "modules" add constraint "modules_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "lessons" add constraint "lessons_module_id_foreign" foreign key ("module_id") references "modules" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "lesson_prerequisites" add constraint "lesson_prerequisites_lesson_id_foreign" foreign key ("lesson_id") references "lessons" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "lesson_prerequisites" add constraint "lesson_prerequisites_prerequisite_id_foreign" foreign key ("prerequisite_id") references "lessons" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "lesson_tags" add constraint "lesson_tags_lesson_id_foreign" foreign key ("lesson_id") references "lessons" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "lesson_tags" add constraint "lesson_tags_tag_id_foreign" foreign key ("tag_id") references "tags" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "lesson_completions" add constraint "lesson_completions_learner_id_foreign" foreign key ("learner_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "lesson_completions" add constraint "lesson_completions_lesson_id_foreign" foreign key ("lesson_id") references "lessons" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "enrollments" add constraint "enrollments_cohort_id_foreign" foreign key ("cohort_id") references "cohorts" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "enrollments" add constraint "enrollments_learner_id_foreign" foreign key ("learner_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "cohort_mentors" add constraint "cohort_mentors_cohort_id_foreign" foreign key ("cohort_id") references "cohorts" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "cohort_mentors" add constraint "cohort_mentors_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cohorts" drop constraint "cohorts_program_id_foreign";`);

    this.addSql(`alter table "modules" drop constraint "modules_program_id_foreign";`);

    this.addSql(`alter table "enrollments" drop constraint "enrollments_cohort_id_foreign";`);

    this.addSql(`alter table "cohort_mentors" drop constraint "cohort_mentors_cohort_id_foreign";`);

    this.addSql(`alter table "lessons" drop constraint "lessons_module_id_foreign";`);

    this.addSql(`alter table "lesson_prerequisites" drop constraint "lesson_prerequisites_lesson_id_foreign";`);

    this.addSql(`alter table "lesson_prerequisites" drop constraint "lesson_prerequisites_prerequisite_id_foreign";`);

    this.addSql(`alter table "lesson_tags" drop constraint "lesson_tags_lesson_id_foreign";`);

    this.addSql(`alter table "lesson_completions" drop constraint "lesson_completions_lesson_id_foreign";`);

    this.addSql(`alter table "lesson_tags" drop constraint "lesson_tags_tag_id_foreign";`);

    this.addSql(`drop table if exists "programs" cascade;`);

    this.addSql(`drop table if exists "cohorts" cascade;`);

    this.addSql(`drop table if exists "modules" cascade;`);

    this.addSql(`drop table if exists "lessons" cascade;`);

    this.addSql(`drop table if exists "lesson_prerequisites" cascade;`);

    this.addSql(`drop table if exists "tags" cascade;`);

    this.addSql(`drop table if exists "lesson_tags" cascade;`);

    this.addSql(`drop table if exists "lesson_completions" cascade;`);

    this.addSql(`drop table if exists "enrollments" cascade;`);

    this.addSql(`drop table if exists "cohort_mentors" cascade;`);

    this.addSql(`drop type "program_level";`);
    this.addSql(`drop type "enrollment_status";`);
  }
}
