import { DomainError, type FieldProblem } from '@prodev/core';

export class QuizNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'QUIZ.NOT_FOUND';

  constructor(id: string) {
    super(`No quiz ${id}`);
  }
}

export class QuizModuleNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'MODULE.NOT_FOUND';

  constructor(id: string) {
    super(`No module ${id}`);
  }
}

/** A mentor managing a quiz of a program none of whose cohorts they mentor. */
export class NotQuizAuthorError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'QUIZ.NOT_AUTHOR';

  constructor() {
    super('Only admins and the mentors of a cohort of this program may manage its quizzes');
  }
}

export class InvalidQuizError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'QUIZ.INVALID';

  constructor(problems: readonly FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), problems);
  }
}

/** Attempts hold learners' work and feed grades: such a quiz is not deleted. */
export class QuizHasAttemptsError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'QUIZ.HAS_ATTEMPTS';

  constructor() {
    super('This quiz has attempts; it cannot be deleted');
  }
}
