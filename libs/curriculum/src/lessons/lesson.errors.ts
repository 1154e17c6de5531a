import { DomainError } from '@prodev/core';

export class LessonNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'LESSON.NOT_FOUND';

  constructor(id: string) {
    super(`No lesson ${id}`);
  }
}

export class LessonNotEnrolledError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'LESSON.NOT_ENROLLED';

  constructor() {
    super('Only learners with an active enrollment in one of the program’s cohorts may read its lessons');
  }
}

export class InvalidPrerequisitesError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'LESSON.INVALID_PREREQUISITES';

  constructor(ids: readonly string[]) {
    super(`Not lessons of this program: ${ids.join(', ')}`, [
      { field: 'prerequisiteLessonIds', message: 'every prerequisite must be a lesson of the same program' },
    ]);
  }
}

export class PrerequisiteCycleError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'LESSON.PREREQUISITE_CYCLE';

  constructor() {
    super('These prerequisites would make the lesson (indirectly) a prerequisite of itself', [
      { field: 'prerequisiteLessonIds', message: 'would close a prerequisite cycle' },
    ]);
  }
}
