import { plainToInstance } from 'class-transformer';
import { ValidationError, getMetadataStorage, validateSync } from 'class-validator';
import { EnvironmentVariables } from './environment';

export type RawEnvironment = Readonly<Record<string, string | undefined>>;

/** Thrown when the environment does not satisfy the schema; its message lists every bad variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

const SECRET_KEY = /SECRET|PASSWORD|TOKEN|_URL$/;

function knownVariables(): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(EnvironmentVariables, '', true, false);
  return [...new Set(metadata.map((item) => item.propertyName))];
}

function describe(error: ValidationError): string {
  const constraints = error.constraints ?? {};
  // A missing required value needs one message, not every check it also fails.
  const chosen = constraints.isDefined !== undefined ? [constraints.isDefined] : Object.values(constraints);
  const messages = chosen.map((message) => message.replace(new RegExp(`^${error.property}\\s+`), ''));
  // Secrets and URLs (which may carry passwords) are never echoed back.
  const shown = SECRET_KEY.test(error.property) || error.value === undefined ? '' : ` (got "${String(error.value)}")`;
  return `${error.property}: ${messages.join('; ')}${shown}`;
}

/**
 * Validates the variables both apps read. Empty strings count as unset, so
 * `PORT=` in an env file falls back to the default instead of failing.
 */
export function validateEnvironment(raw: RawEnvironment): EnvironmentVariables {
  const input: Record<string, string> = {};
  for (const key of knownVariables()) {
    const value = raw[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const env = plainToInstance(EnvironmentVariables, input);
  const errors = validateSync(env, { forbidUnknownValues: true, stopAtFirstError: false });
  const problems = errors.map(describe);
  if (env.JWT_ACCESS_SECRET !== undefined && env.JWT_ACCESS_SECRET === env.JWT_REFRESH_SECRET) {
    problems.push('JWT_REFRESH_SECRET: must differ from JWT_ACCESS_SECRET');
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return env;
}
