import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppConfig } from './app-config';
import { RawEnvironment, validateEnvironment } from './validate-environment';

/**
 * Reads `config/<NODE_ENV>.env` and `.env` when present (the real environment
 * wins over both), then validates. Used by every entry point.
 */
export function loadAppConfig(cwd: string = process.cwd()): AppConfig {
  const profile = process.env.NODE_ENV ?? 'development';
  for (const file of [resolve(cwd, 'config', `${profile}.env`), resolve(cwd, '.env')]) {
    // loadEnvFile never overrides variables that are already set.
    if (existsSync(file)) process.loadEnvFile(file);
  }
  return buildAppConfig(process.env, cwd);
}

export function buildAppConfig(raw: RawEnvironment, cwd: string = process.cwd()): AppConfig {
  return new AppConfig(validateEnvironment(raw), cwd);
}
