import { DomainError } from '@prodev/core';

export class CohortNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'COHORT.NOT_FOUND';

  constructor(id: string) {
    super(`No cohort ${id}`);
  }
}

export class InvalidCohortDatesError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'COHORT.INVALID_DATES';

  constructor() {
    super('endsAt must be after startsAt', [{ field: 'endsAt', message: 'endsAt must be after startsAt' }]);
  }
}

export class InvalidMentorsError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'COHORT.INVALID_MENTORS';

  constructor(ids: readonly string[]) {
    super(
      `Not active mentors: ${ids.join(', ')}`,
      ids.map((id) => ({ field: 'mentorIds', message: `${id} is not an active mentor` })),
    );
  }
}

/** A mentor asked about a cohort they do not mentor. */
export class NotCohortMentorError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'COHORT.NOT_MENTOR';

  constructor() {
    super('Only the mentors of this cohort and admins may see this');
  }
}
