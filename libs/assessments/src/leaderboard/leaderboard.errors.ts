import { DomainError } from '@prodev/core';

export class NotInCohortError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'LEADERBOARD.NOT_IN_COHORT';

  constructor() {
    super('Only the cohort’s learners, its mentors and admins may see its leaderboard');
  }
}
