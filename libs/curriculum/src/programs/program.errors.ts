import { DomainError } from '@prodev/core';

export class ProgramNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'PROGRAM.NOT_FOUND';

  constructor(idOrSlug: string) {
    super(`No program ${idOrSlug}`);
  }
}

export class ProgramSlugTakenError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'PROGRAM.SLUG_TAKEN';

  constructor(slug: string) {
    super(`Another program already uses the slug "${slug}"`, [{ field: 'slug', message: 'slug is already taken' }]);
  }
}

export class ProgramHasEnrollmentsError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'PROGRAM.HAS_ENROLLMENTS';

  constructor() {
    super('Learners have enrolled in this program: archive it instead of deleting it');
  }
}
