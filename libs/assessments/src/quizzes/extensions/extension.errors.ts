import { DomainError } from '@prodev/core';

export class ExtensionForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'QUIZ.EXTENSION_FORBIDDEN';

  constructor() {
    super('Only admins and the mentors of the learner’s cohort may grant extensions');
  }
}

export class NotAProgramLearnerError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'QUIZ.NOT_A_PROGRAM_LEARNER';

  constructor(learnerId: string) {
    super(`${learnerId} is not enrolled in a cohort of this quiz’s program`, [
      { field: 'learnerId', message: 'must be a learner enrolled in a cohort of this quiz’s program' },
    ]);
  }
}
