import { WeakPasswordError } from '../errors/auth.errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Length is the rule (NIST 800-63B): no composition rules, no silent truncation. */
export function assertPasswordPolicy(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new WeakPasswordError(`password must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new WeakPasswordError(`password must be at most ${PASSWORD_MAX_LENGTH} characters`);
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
