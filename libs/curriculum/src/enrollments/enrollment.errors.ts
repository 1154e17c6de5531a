import { DomainError } from '@prodev/core';

export class EnrollmentNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'ENROLLMENT.NOT_FOUND';

  constructor(id: string) {
    super(`No enrollment ${id}`);
  }
}

export class AlreadyEnrolledError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'ENROLLMENT.ALREADY_ENROLLED';

  constructor() {
    super('The learner is already enrolled in this cohort');
  }
}

export class CohortFullError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'ENROLLMENT.COHORT_FULL';

  constructor(capacity: number) {
    super(`The cohort is full (${capacity} seats taken)`);
  }
}

export class ProgramNotOpenError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'ENROLLMENT.PROGRAM_NOT_OPEN';

  constructor() {
    super('The program is not published or is archived: nobody can enroll');
  }
}

/** The target of an admin's enrollment is not an active learner. */
export class NotAnActiveLearnerError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'ENROLLMENT.NOT_A_LEARNER';

  constructor(userId: string) {
    super(`User ${userId} is not an active learner`, [{ field: 'userId', message: 'must be an active learner' }]);
  }
}

/** A learner acting on someone else's enrollment. */
export class EnrollmentForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'ENROLLMENT.FORBIDDEN';

  constructor(message = 'Learners may only enroll or withdraw themselves') {
    super(message);
  }
}

export class EnrollmentCompletedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'ENROLLMENT.ALREADY_COMPLETED';

  constructor() {
    super('A completed enrollment cannot be withdrawn');
  }
}

export class NotEnrolledError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'ENROLLMENT.NOT_ENROLLED';

  constructor() {
    super('You need an active enrollment in a cohort of this program');
  }
}
