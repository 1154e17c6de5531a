import { DomainError } from '@prodev/core';

export class ModuleNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'MODULE.NOT_FOUND';

  constructor(id: string) {
    super(`No module ${id}`);
  }
}

export class ModuleOrderMismatchError extends DomainError {
  readonly kind = 'rule_violation';
  readonly code = 'MODULE.ORDER_MISMATCH';

  constructor() {
    super('moduleIds must list each of the program’s modules exactly once', [
      { field: 'moduleIds', message: 'must be exactly the program’s module ids, without duplicates' },
    ]);
  }
}
