/**
 * What kind of failure a domain error is; the API maps each kind to one HTTP
 * status with an exhaustive switch, so a new kind cannot go unmapped.
 */
export type DomainErrorKind =
  | 'invalid' // the input breaks a rule that validation could not see (400)
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // state clash: duplicates, capacity, used-up attempts (409)
  | 'rule_violation'; // a business rule refuses the request (422)

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Base of every error a service throws on purpose. `code` is stable and
 * namespaced (`ENROLLMENT.COHORT_FULL`): clients branch on it, so it never
 * changes once released. Services never throw HTTP exceptions.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  abstract readonly code: string;

  constructor(
    message: string,
    readonly fieldProblems: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}
