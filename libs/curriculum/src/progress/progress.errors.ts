import { DomainError } from '@prodev/core';

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
