import { Migration } from '@mikro-orm/migrations';

export class Migration20261126122134_quizzes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "grading_method" as enum ('highest', 'latest', 'average', 'first');`);
    this.addSql(`create type "question_type" as enum ('single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric');`);
    this.addSql(`create type "multiple_choice_scoring" as enum ('all_or_nothing', 'partial');`);
    this.addSql(`create type "attempt_status" as enum ('in_progress', 'submitted', 'graded');`);
    this.addSql(`create table "quizzes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "module_id" uuid not null, "title" varchar(200) not null, "time_limit_seconds" int null, "max_attempts" int not null, "passing_score" numeric(5,2) not null, "grading_method" "grading_method" not null, "shuffle_questions" boolean not null, "available_from" timestamptz null, "available_until" timestamptz null, constraint "quizzes_pkey" primary key ("id"));`);
    this.addSql(`create index "quizzes_module_id_created_at_index" on "quizzes" ("module_id", "created_at");`);

    this.addSql(`create table "questions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "quiz_id" uuid not null, "type" "question_type" not null, "prompt" text not null, "points" numeric(8,2) not null, "position" int not null, "options" jsonb not null, "multiple_choice_scoring" "multiple_choice_scoring" not null, "accepted_answers" text[] not null, "answer_pattern" text null, "correct_value" double precision null, "tolerance" double precision null, constraint "questions_pkey" primary key ("id"));`);
    this.addSql(`create index "questions_quiz_id_position_index" on "questions" ("quiz_id", "position");`);

    this.addSql(`create table "quiz_extensions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "quiz_id" uuid not null, "learner_id" uuid not null, "extra_attempts" int not null, "extra_time_seconds" int not null, "reason" text not null, "granted_by_id" uuid null, constraint "quiz_extensions_pkey" primary key ("id"));`);
    this.addSql(`create index "quiz_extensions_learner_id_index" on "quiz_extensions" ("learner_id");`);
    this.addSql(`alter table "quiz_extensions" add constraint "quiz_extensions_quiz_id_learner_id_unique" unique ("quiz_id", "learner_id");`);

    this.addSql(`create table "attempts" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "quiz_id" uuid not null, "learner_id" uuid not null, "attempt_number" int not null, "status" "attempt_status" not null, "started_at" timestamptz not null, "deadline" timestamptz null, "submitted_at" timestamptz null, "graded_at" timestamptz null, "question_order" uuid[] not null, "answers" jsonb not null, "score" numeric(8,2) null, "max_score" numeric(8,2) null, "percent" numeric(5,2) null, "passed" boolean null, "feedback" jsonb null, "submit_idempotency_key" varchar(200) null, constraint "attempts_pkey" primary key ("id"));`);
    this.addSql(`create index "attempts_status_deadline_index" on "attempts" ("status", "deadline");`);
    this.addSql(`create index "attempts_quiz_id_started_at_index" on "attempts" ("quiz_id", "started_at");`);
    this.addSql(`create index "attempts_learner_id_quiz_id_status_index" on "attempts" ("learner_id", "quiz_id", "status");`);
    this.addSql(`alter table "attempts" add constraint "attempts_quiz_id_learner_id_attempt_number_unique" unique ("quiz_id", "learner_id", "attempt_number");`);

    this.addSql(`alter table "quizzes" add constraint "quizzes_module_id_foreign" foreign key ("module_id") references "modules" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "questions" add constraint "questions_quiz_id_foreign" foreign key ("quiz_id") references "quizzes" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quiz_extensions" add constraint "quiz_extensions_quiz_id_foreign" foreign key ("quiz_id") references "quizzes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quiz_extensions" add constraint "quiz_extensions_learner_id_foreign" foreign key ("learner_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quiz_extensions" add constraint "quiz_extensions_granted_by_id_foreign" foreign key ("granted_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "attempts" add constraint "attempts_quiz_id_foreign" foreign key ("quiz_id") references "quizzes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attempts" add constraint "attempts_learner_id_foreign" foreign key ("learner_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "questions" drop constraint "questions_quiz_id_foreign";`);

    this.addSql(`alter table "quiz_extensions" drop constraint "quiz_extensions_quiz_id_foreign";`);

    this.addSql(`alter table "attempts" drop constraint "attempts_quiz_id_foreign";`);

    this.addSql(`drop table if exists "quizzes" cascade;`);

    this.addSql(`drop table if exists "questions" cascade;`);

    this.addSql(`drop table if exists "quiz_extensions" cascade;`);

    this.addSql(`drop table if exists "attempts" cascade;`);

    this.addSql(`drop type "grading_method";`);
    this.addSql(`drop type "question_type";`);
    this.addSql(`drop type "multiple_choice_scoring";`);
    this.addSql(`drop type "attempt_status";`);
  }

}
