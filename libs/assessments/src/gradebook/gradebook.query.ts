import type { EntityManager } from '@mikro-orm/postgresql';
import type { GradebookAssessment, GradebookRow } from './gradebook.view';

export interface GradebookSlice {
  readonly total: number;
  readonly assessments: GradebookAssessment[];
  readonly learners: GradebookRow[];
}

/**
 * The grade book of a cohort in one statement, whatever its size: the
 * program's assessments in course order (module position, then creation), the
 * page of active learners by name, and each learner's grade per assessment
 * with a total. Postgres builds the JSON, so no row is fetched twice and no
 * query runs per learner. `limit` null reads every learner (the CSV export).
 */
const GRADEBOOK_SQL = `
with cohort as (
  select id, program_id from cohorts where id = ?
),
assessments as (
  select 'quiz' as kind, q.id, q.title, m.position, q.created_at
    from quizzes q
    join modules m on m.id = q.module_id
    join cohort c on c.program_id = m.program_id
  union all
  select 'assignment' as kind, a.id, a.title, m.position, a.created_at
    from assignments a
    join modules m on m.id = a.module_id
    join cohort c on c.program_id = m.program_id
),
roster as (
  select u.id, u.name, u.email
    from enrollments e
    join users u on u.id = e.learner_id
   where e.cohort_id = (select id from cohort) and e.status <> 'withdrawn'
),
page as (
  select id, name, email from roster order by name, id limit ? offset ?
),
cells as (
  select p.id as learner_id, a.kind, a.id as assessment_id, a.position, a.created_at, g.points, g.max_points
    from page p
   cross join assessments a
    left join grades g on g.learner_id = p.id and g.assessment_id = a.id and g.kind::text = a.kind
)
select
  (select count(*) from roster)::int as total,
  coalesce(
    (select jsonb_agg(jsonb_build_object('id', a.id, 'kind', a.kind, 'title', a.title)
                      order by a.position, a.created_at, a.id)
       from assessments a),
    '[]'::jsonb
  ) as assessments,
  coalesce(
    (select jsonb_agg(
              jsonb_build_object(
                'learnerId', p.id,
                'name', p.name,
                'email', p.email,
                'grades', coalesce(
                  (select jsonb_agg(jsonb_build_object('assessmentId', c.assessment_id, 'kind', c.kind,
                                                       'points', c.points, 'maxPoints', c.max_points)
                                    order by c.position, c.created_at, c.assessment_id)
                     from cells c where c.learner_id = p.id),
                  '[]'::jsonb),
                'totalPoints', coalesce((select sum(c.points) from cells c where c.learner_id = p.id), 0)
              )
              order by p.name, p.id)
       from page p),
    '[]'::jsonb
  ) as learners
`;

interface GradebookRecord {
  total: number;
  assessments: GradebookAssessment[];
  learners: GradebookRow[];
}

export async function queryGradebook(
  em: EntityManager,
  cohortId: string,
  window: { limit: number | null; offset: number },
): Promise<GradebookSlice> {
  // em.execute, not the connection's: inside a transaction (the export) it must use the transaction's connection.
  const [record] = await em.execute<GradebookRecord[]>(GRADEBOOK_SQL, [cohortId, window.limit, window.offset]);
  return { total: record.total, assessments: record.assessments, learners: record.learners };
}
