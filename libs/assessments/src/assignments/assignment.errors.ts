import { DomainError, type FieldProblem } from '@prodev/core';

/** Also what a learner not enrolled in the program gets: the assignment is not theirs to learn about. */
export class AssignmentNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'ASSIGNMENT.NOT_FOUND';

  constructor(id: string) {
    super(`No assignment ${id}`);
  }
}

export class AssignmentModuleNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'ASSIGNMENT.MODULE_NOT_FOUND';

  constructor(id: string) {
    super(`No module ${id}`);
  }
}

export class InvalidRubricError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'ASSIGNMENT.INVALID_RUBRIC';

  constructor(problems: readonly FieldProblem[]) {
    super('The rubric needs unique criteria with positive points adding up to maxPoints', problems);
  }
}

/** Past the learner's due date (their extension's, if any) plus the last accepted late day. */
export class SubmissionTooLateError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'SUBMISSION.TOO_LATE';

  constructor(lateDays: number, maxLateDays: number) {
    super(`This would be ${lateDays} day(s) late; late work is accepted for ${maxLateDays} day(s)`);
  }
}

/** A concurrent submission by the same learner took the version number; retrying is safe. */
export class SubmissionVersionConflictError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'SUBMISSION.VERSION_CONFLICT';

  constructor() {
    super('Another submission was being saved at the same time; try again');
  }
}

export class SubmissionNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'SUBMISSION.NOT_FOUND';

  constructor(id: string) {
    super(`No submission ${id}`);
  }
}

export class InvalidScoresError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'REVIEW.INVALID_SCORES';

  constructor(problems: readonly FieldProblem[]) {
    super('Score each rubric criterion exactly once, within its points', problems);
  }
}

/** A mentor acting on a learner outside the cohorts they mentor. */
export class NotLearnersMentorError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'ASSIGNMENT.NOT_LEARNERS_MENTOR';

  constructor() {
    super('Only a mentor of the learner’s cohort or an admin may do this');
  }
}

/** An extension for someone who is not a learner enrolled in the assignment's program. */
export class LearnerNotEnrolledError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'ASSIGNMENT.LEARNER_NOT_ENROLLED';

  constructor(learnerId: string) {
    super(`${learnerId} is not enrolled in this assignment’s program`, [
      { field: 'learnerId', message: 'must be a learner enrolled in the program' },
    ]);
  }
}

/** A learner who can see the assignment (a completed enrollment) but no longer hands work in. */
export class NotActiveLearnerError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'SUBMISSION.NOT_ACTIVE_LEARNER';

  constructor() {
    super('Only learners with an active enrollment in the program may submit');
  }
}
