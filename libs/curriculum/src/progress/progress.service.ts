import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@prodev/auth';
import { pageWindow, toPage, type Page, type PageRequest } from '@prodev/core';
import { findManagedCohort } from '../cohorts/cohort-access';
import { Enrollment } from '../enrollments/enrollment.entity';
import { Program } from '../programs/program.entity';
import { percentOf } from './percent';
import { ProgramNotFoundError } from '../programs/program.errors';
import type { LearnerProgressView, ModuleProgressView, ProgramProgressView } from './progress.view';

interface ModuleTallyRow {
  module_id: string;
  title: string;
  lessons_total: number;
  lessons_done: number;
}

interface LearnerTallyRow {
  learner_id: string;
  name: string;
  email: string;
  lessons_done: number;
  lessons_total: number;
  percent: number;
  total_rows: number;
}

/** Per module: lessons in it and how many of them the learner completed. */
const MODULE_TALLY_SQL = `
  select m.id as module_id, m.title,
         count(l.id)::int as lessons_total,
         count(lc.id)::int as lessons_done
    from modules m
    left join lessons l on l.module_id = m.id
    left join lesson_completions lc on lc.lesson_id = l.id and lc.learner_id = ?
   where m.program_id = ?
   group by m.id, m.title, m.position
   order by m.position, m.id`;

/**
 * One page of a cohort's learners (withdrawn ones left out) with their share of
 * the program's lessons completed; `total_rows` counts every learner of the cohort.
 */
const COHORT_PROGRESS_SQL = `
  with program_lessons as (
    select l.id from lessons l join modules m on m.id = l.module_id where m.program_id = ?
  ), lesson_total as (
    select count(*)::int as total from program_lessons
  )
  select u.id as learner_id, u.name, u.email,
         count(lc.id)::int as lessons_done,
         t.total as lessons_total,
         (case when t.total = 0 then 0 else round(100.0 * count(lc.id) / t.total) end)::int as percent,
         (count(*) over ())::int as total_rows
    from enrollments e
    join users u on u.id = e.learner_id
    cross join lesson_total t
    left join lesson_completions lc
      on lc.learner_id = e.learner_id and lc.lesson_id in (select id from program_lessons)
   where e.cohort_id = ? and e.status <> 'withdrawn'
   group by u.id, u.name, u.email, t.total
   order by percent desc, u.name asc, u.id asc
   limit ? offset ?`;

const COHORT_LEARNERS_SQL = `select count(*)::int as total from enrollments where cohort_id = ? and status <> 'withdrawn'`;

/** Read side of completions: a learner's own progress, a cohort's progress for its mentors. */
@Injectable()
export class ProgressService {
  constructor(private readonly em: EntityManager) {}

  /** At most three queries whatever the program's size: the program, (enrollment,) one aggregate per module. */
  async mine(caller: AuthUser, programId: string): Promise<ProgramProgressView> {
    const program = await this.em.findOne(
      Program,
      { id: programId },
      { fields: ['id', 'title', 'published', 'archived'] },
    );
    if (program === null) throw new ProgramNotFoundError(programId);
    // Drafts and archived programs exist only for those who were enrolled in them.
    if (!program.published || program.archived) {
      const enrolled = await this.em.count(Enrollment, { learner: caller.id, cohort: { program: programId } });
      if (enrolled === 0) throw new ProgramNotFoundError(programId);
    }
    const rows = await this.em.getConnection().execute<ModuleTallyRow[]>(MODULE_TALLY_SQL, [caller.id, programId]);
    const modules: ModuleProgressView[] = rows.map((row) => ({
      moduleId: row.module_id,
      title: row.title,
      lessonsDone: row.lessons_done,
      lessonsTotal: row.lessons_total,
      percent: percentOf(row.lessons_done, row.lessons_total),
    }));
    const lessonsDone = modules.reduce((sum, module) => sum + module.lessonsDone, 0);
    const lessonsTotal = modules.reduce((sum, module) => sum + module.lessonsTotal, 0);
    return {
      programId: program.id,
      title: program.title,
      lessonsDone,
      lessonsTotal,
      percent: percentOf(lessonsDone, lessonsTotal),
      modules,
    };
  }

  async forCohort(cohortId: string, caller: AuthUser, page: PageRequest): Promise<Page<LearnerProgressView>> {
    const cohort = await findManagedCohort(this.em, cohortId, caller);
    const { limit, offset } = pageWindow(page);
    const connection = this.em.getConnection();
    const rows = await connection.execute<LearnerTallyRow[]>(COHORT_PROGRESS_SQL, [
      cohort.program.id,
      cohortId,
      limit,
      offset,
    ]);
    // Past the last page the window count is not there; count on its own then.
    const total =
      rows[0]?.total_rows ??
      (offset === 0
        ? 0
        : ((await connection.execute<{ total: number }[]>(COHORT_LEARNERS_SQL, [cohortId]))[0]?.total ?? 0));
    const data = rows.map((row) => ({
      learnerId: row.learner_id,
      name: row.name,
      email: row.email,
      lessonsDone: row.lessons_done,
      lessonsTotal: row.lessons_total,
      percent: row.percent,
    }));
    return toPage(data, total, page);
  }
}
