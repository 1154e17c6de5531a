import { ConfigValidationError } from '../config/validate-environment';
import { DataDirInUseError } from '../database/data-dir-lock';

/**
 * What an entry point prints when it cannot start: an operational refusal
 * (bad configuration, data folder in use) as its message, anything else with
 * its stack for whoever has to debug it.
 */
export function describeStartupError(error: unknown): string {
  if (error instanceof ConfigValidationError || error instanceof DataDirInUseError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
