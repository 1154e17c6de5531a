import { DomainError } from '@prodev/core';

export class CompletionLessonNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'LESSON.NOT_FOUND';

  constructor(id: string) {
    super(`No lesson ${id}`);
  }
}

export class ProgressProgramNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'PROGRAM.NOT_FOUND';

  constructor(id: string) {
    super(`No program ${id}`);
  }
}

/** Lists each prerequisite still to complete, one problem per lesson id. */
export class PrerequisitesIncompleteError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'LESSON.PREREQUISITES_INCOMPLETE';

  constructor(readonly missingLessonIds: readonly string[]) {
    super(
      `Complete these lessons first: ${missingLessonIds.join(', ')}`,
      missingLessonIds.map((id) => ({ field: 'prerequisiteLessonIds', message: `${id} is not completed` })),
    );
  }
}
