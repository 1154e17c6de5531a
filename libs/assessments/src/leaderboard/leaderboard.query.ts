import type { EntityManager } from '@mikro-orm/postgresql';
import type { LeaderboardEntry } from './leaderboard.view';

/**
 * What the leaderboard depends on, as one cheap string: how many grades of the
 * program there are and when the last changed, and the same for the cohort's
 * enrollments. Any grading or enrollment changes it, so a cached board keyed by
 * it is never stale. Null when the cohort does not exist.
 */
const VERSION_SQL = `
select c.program_id as "programId",
       (select count(*) || ':' || coalesce(max(extract(epoch from g.updated_at)), 0)
          from grades g where g.program_id = c.program_id)
       || '/' ||
       (select count(*) || ':' || coalesce(max(extract(epoch from e.updated_at)), 0)
          from enrollments e where e.cohort_id = c.id) as version
  from cohorts c
 where c.id = ?
`;

/** Active learners ranked by the points of all their grades in the program; ties share a rank. */
const BOARD_SQL = `
select rank() over (order by coalesce(sum(g.points), 0) desc)::int as rank,
       u.id as "learnerId",
       u.name,
       coalesce(sum(g.points), 0)::float8 as points
  from enrollments e
  join users u on u.id = e.learner_id
  left join grades g on g.learner_id = e.learner_id and g.program_id = ?
 where e.cohort_id = ? and e.status = 'active'
 group by u.id, u.name
 order by points desc, u.name, u.id
 limit ?
`;

export async function queryLeaderboardVersion(
  em: EntityManager,
  cohortId: string,
): Promise<{ programId: string; version: string } | null> {
  const [row] = await em.execute<{ programId: string; version: string }[]>(VERSION_SQL, [cohortId]);
  return row ?? null;
}

export function queryLeaderboard(
  em: EntityManager,
  programId: string,
  cohortId: string,
  limit: number,
): Promise<LeaderboardEntry[]> {
  return em.execute<LeaderboardEntry[]>(BOARD_SQL, [programId, cohortId, limit]);
}
