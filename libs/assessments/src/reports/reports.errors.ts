import { DomainError } from '@prodev/core';

/** Also what anyone but its requester (or an admin) gets: a report's existence is not theirs to learn. */
export class ReportNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'REPORT.NOT_FOUND';

  constructor(id: string) {
    super(`Report ${id} was not found`);
  }
}

export class ReportNotReadyError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'REPORT.NOT_READY';

  constructor(status: string) {
    super(`The report is ${status}; download it once it is ready`);
  }
}
