import { Migration } from '@mikro-orm/migrations';

export class Migration20261126121335_grades extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "assessment_kind" as enum ('quiz', 'assignment');`);
    this.addSql(`create type "grade_source" as enum ('auto_grading', 'review', 'regrade');`);
    this.addSql(`create table "grades" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "learner_id" uuid not null, "program_id" uuid not null, "kind" "assessment_kind" not null, "assessment_id" uuid not null, "points" numeric(8,2) not null, "max_points" numeric(8,2) not null, constraint "grades_pkey" primary key ("id"));`);
    this.addSql(`create index "grades_program_id_learner_id_index" on "grades" ("program_id", "learner_id");`);
    this.addSql(`alter table "grades" add constraint "grades_learner_id_kind_assessment_id_unique" unique ("learner_id", "kind", "assessment_id");`);

    this.addSql(`create table "grade_audit_entries" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "grade_id" uuid not null, "actor_id" uuid null, "source" "grade_source" not null, "points_before" numeric(8,2) null, "points_after" numeric(8,2) not null, "reason" text not null, constraint "grade_audit_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "grade_audit_entries_grade_id_created_at_index" on "grade_audit_entries" ("grade_id", "created_at");`);

    this.addSql(`alter table "grades" add constraint "grades_learner_id_foreign" foreign key ("learner_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grades" add constraint "grades_program_id_foreign" foreign key ("program_id") references "programs" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "grade_audit_entries" add constraint "grade_audit_entries_grade_id_foreign" foreign key ("grade_id") references "grades" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grade_audit_entries" add constraint "grade_audit_entries_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grade_audit_entries" drop constraint "grade_audit_entries_grade_id_foreign";`);

    this.addSql(`drop table if exists "grades" cascade;`);

    this.addSql(`drop table if exists "grade_audit_entries" cascade;`);

    this.addSql(`drop type "assessment_kind";`);
    this.addSql(`drop type "grade_source";`);
  }

}
