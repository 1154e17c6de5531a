import { DomainError, type FieldProblem } from '@prodev/core';

export class QuestionNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'QUESTION.NOT_FOUND';

  constructor(id: string) {
    super(`No question ${id}`);
  }
}

/** The question's key does not fit its type (no right option, a bad regex...). */
export class InvalidQuestionError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'QUESTION.INVALID';

  constructor(problems: readonly FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), problems);
  }
}
