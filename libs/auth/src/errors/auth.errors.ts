import { DomainError } from '@prodev/core';

/** One body for an unknown email and a wrong password, so neither can be told apart. */
export class InvalidCredentialsError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'AUTH.INVALID_CREDENTIALS';

  constructor() {
    super('Email or password is incorrect');
  }
}

export class InvalidRefreshTokenError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'AUTH.INVALID_REFRESH_TOKEN';

  constructor() {
    super('The refresh token is invalid, expired or already used; sign in again');
  }
}

export class EmailTakenError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'AUTH.EMAIL_TAKEN';

  constructor() {
    super('An account with this email already exists', [{ field: 'email', message: 'email is already registered' }]);
  }
}

export class WeakPasswordError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'AUTH.WEAK_PASSWORD';

  constructor(message: string) {
    super(message, [{ field: 'password', message }]);
  }
}

export class InsufficientRoleError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'AUTH.FORBIDDEN';

  constructor() {
    super('Your role does not allow this');
  }
}

export class UserNotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'USER.NOT_FOUND';

  constructor(id: string) {
    super(`No user ${id}`);
  }
}

export class LastAdminError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'USER.LAST_ADMIN';

  constructor() {
    super('This is the last active admin: promote another admin before demoting or deactivating this one');
  }
}

export class AuthenticationRequiredError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'AUTH.UNAUTHENTICATED';

  constructor() {
    super('A valid access token is required (Authorization: Bearer <token>)');
  }
}
