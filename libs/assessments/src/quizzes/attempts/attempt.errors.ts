import { DomainError, type FieldProblem } from '@prodev/core';

/** Also what anyone but its learner, their mentors and admins gets: an attempt's existence is private. */
export class AttemptNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'ATTEMPT.NOT_FOUND';

  constructor(id: string) {
    super(`No attempt ${id}`);
  }
}

export class NotEnrolledForQuizError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'QUIZ.NOT_ENROLLED';

  constructor() {
    super('You need an active enrollment in a cohort of this quiz’s program');
  }
}

export class AttemptsUsedUpError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'QUIZ.ATTEMPTS_USED_UP';

  constructor(allowed: number) {
    super(`All ${allowed} attempt(s) of this quiz are used`);
  }
}

export class AttemptInProgressError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'QUIZ.ATTEMPT_IN_PROGRESS';

  constructor() {
    super('Submit the attempt in progress before starting another');
  }
}

export class QuizNotAvailableError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'QUIZ.NOT_AVAILABLE';

  constructor() {
    super('This quiz is outside its availability window');
  }
}

/** Answers after submission or past the deadline. */
export class AttemptClosedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'ATTEMPT.CLOSED';

  constructor(reason: 'submitted' | 'deadline') {
    super(reason === 'submitted' ? 'This attempt is already submitted' : 'This attempt’s deadline has passed');
  }
}

export class InvalidAnswersError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'ATTEMPT.INVALID_ANSWERS';

  constructor(problems: readonly FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), problems);
  }
}

export class InvalidIdempotencyKeyError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'ATTEMPT.INVALID_IDEMPOTENCY_KEY';

  constructor(maxLength: number) {
    super(`Idempotency-Key must be 1 to ${maxLength} characters`, [
      { field: 'Idempotency-Key', message: `must be 1 to ${maxLength} characters` },
    ]);
  }
}
