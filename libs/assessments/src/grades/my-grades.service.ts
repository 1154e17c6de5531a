import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@prodev/auth';
import { pageWindow, toPage, type Page, type PageRequest } from '@prodev/core';
import { Grade } from './grade.entity';
import type { MyGradeView } from './my-grade.view';

// The assessment's title comes from whichever table its kind names; one statement, newest change first.
const MY_GRADES_SQL = `
select g.kind,
       g.assessment_id as "assessmentId",
       coalesce(q.title, a.title) as title,
       p.id as "programId",
       p.title as "programTitle",
       g.points::float8 as points,
       g.max_points::float8 as "maxPoints",
       case when g.max_points > 0 then round(100 * g.points / g.max_points, 1)::float8 else 0 end as percent,
       g.updated_at as "updatedAt"
  from grades g
  join programs p on p.id = g.program_id
  left join quizzes q on g.kind = 'quiz' and q.id = g.assessment_id
  left join assignments a on g.kind = 'assignment' and a.id = g.assessment_id
 where g.learner_id = ?
 order by g.updated_at desc, g.id
 limit ? offset ?
`;

/** A learner's own grades across every assessment they were graded on. */
@Injectable()
export class MyGradesService {
  constructor(private readonly em: EntityManager) {}

  async list(caller: AuthUser, request: PageRequest): Promise<Page<MyGradeView>> {
    const { limit, offset } = pageWindow(request);
    const grades = await this.em.execute<MyGradeView[]>(MY_GRADES_SQL, [caller.id, limit, offset]);
    const total = await this.em.count(Grade, { learner: caller.id });
    return toPage(
      grades.map((grade) => ({ ...grade, updatedAt: new Date(grade.updatedAt) })),
      total,
      request,
    );
  }
}
