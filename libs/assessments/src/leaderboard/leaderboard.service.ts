import { EntityManager } from '@mikro-orm/postgresql';
import { CACHE_MANAGER, type Cache } from '@nestjs/cache-manager';
import { Inject, Injectable } from '@nestjs/common';
import { Role, type AuthUser } from '@prodev/auth';
import { CohortNotFoundError, Enrollment, EnrollmentStatus, findManagedCohort } from '@prodev/curriculum';
import { NotInCohortError } from './leaderboard.errors';
import { queryLeaderboard, queryLeaderboardVersion } from './leaderboard.query';
import type { Leaderboard } from './leaderboard.view';

// Entries are keyed by the data's version, so old ones are never read again; they only need to expire.
const CACHE_TTL_MS = 10 * 60 * 1000;

/**
 * A cohort's learners ranked by points, cached (Redis when configured) under a
 * key that changes with every grade or enrollment, so it is fresh after each
 * grading without anyone having to remember to evict it.
 */
@Injectable()
export class LeaderboardService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
  ) {}

  async forCohort(cohortId: string, caller: AuthUser, limit: number): Promise<Leaderboard> {
    const current = await queryLeaderboardVersion(this.em, cohortId);
    if (current === null) throw new CohortNotFoundError(cohortId);
    await this.assertMayView(cohortId, caller);
    const key = `leaderboard:${cohortId}:${limit}:${current.version}`;
    const cached = await this.cache.get<Leaderboard>(key);
    if (cached !== undefined && cached !== null) return cached;
    const board = { cohortId, entries: await queryLeaderboard(this.em, current.programId, cohortId, limit) };
    await this.cache.set(key, board, CACHE_TTL_MS);
    return board;
  }

  private async assertMayView(cohortId: string, caller: AuthUser): Promise<void> {
    if (caller.role !== Role.Learner) {
      await findManagedCohort(this.em, cohortId, caller);
      return;
    }
    const enrolled = await this.em.count(Enrollment, {
      cohort: cohortId,
      learner: caller.id,
      status: EnrollmentStatus.Active,
    });
    if (enrolled === 0) throw new NotInCohortError();
  }
}
