import { DomainError } from '@prodev/core';

export class LeaderboardCohortNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'LEADERBOARD.COHORT_NOT_FOUND';

  constructor(id: string) {
    super(`Cohort ${id} was not found`);
  }
}

export class NotInCohortError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'LEADERBOARD.NOT_IN_COHORT';

  constructor() {
    super('Only the cohort’s learners, its mentors and admins may see its leaderboard');
  }
}
