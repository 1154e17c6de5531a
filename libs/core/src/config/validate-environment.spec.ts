import { buildAppConfig } from './load-app-config';
import { ConfigValidationError, validateEnvironment, type RawEnvironment } from './validate-environment';

const SECRET_A = 'a'.repeat(40);
const SECRET_B = 'b'.repeat(40);

function problemsOf(raw: RawEnvironment): readonly string[] {
  try {
    validateEnvironment(raw);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the environment to be rejected');
}

describe('validateEnvironment', () => {
  it('fills safe defaults for an empty development environment', () => {
    const env = validateEnvironment({});

    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '0.0.0.0',
      EMBEDDED_DB_DIR: '.data/pglite',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('converts numbers and booleans from their string form', () => {
    const env = validateEnvironment({ PORT: '8080', DOCS_ENABLED: 'false', TRUST_PROXY: 'yes' });

    expect(env).toMatchObject({ PORT: 8080, DOCS_ENABLED: false, TRUST_PROXY: true });
  });

  it('treats an empty value as unset', () => {
    const env = validateEnvironment({ PORT: '', DATABASE_URL: ' ' });

    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('lists every bad variable at once, each by name', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://localhost/db',
      REDIS_URL: 'localhost:6379',
      CORS_ORIGINS: 'https://ok.example.com,not-an-origin',
    });

    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'CORS_ORIGINS',
      'DATABASE_URL',
      'LOG_LEVEL',
      'PORT',
      'REDIS_URL',
    ]);
    expect(problems.find((problem) => problem.startsWith('PORT'))).toContain('(got "eighty")');
  });

  it('never echoes secrets or URLs, which may hold passwords', () => {
    const problems = problemsOf({ JWT_ACCESS_SECRET: 'hunter2', DATABASE_URL: 'mysql://root:pa55@db/x' });

    expect(problems.join('\n')).not.toMatch(/hunter2|pa55/);
  });

  it('refuses production without real services and secrets, naming each', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });

    expect(problems).toEqual(
      expect.arrayContaining([
        'DATABASE_URL: is required when NODE_ENV=production',
        'REDIS_URL: is required when NODE_ENV=production',
        'JWT_ACCESS_SECRET: is required when NODE_ENV=production',
        'JWT_REFRESH_SECRET: is required when NODE_ENV=production',
      ]),
    );
  });

  it('rejects short secrets and one secret used for both token kinds', () => {
    expect(problemsOf({ JWT_ACCESS_SECRET: 'short', JWT_REFRESH_SECRET: SECRET_B })[0]).toMatch(
      /^JWT_ACCESS_SECRET: must be longer than or equal to 32/,
    );
    expect(problemsOf({ JWT_ACCESS_SECRET: SECRET_A, JWT_REFRESH_SECRET: SECRET_A })).toEqual([
      'JWT_REFRESH_SECRET: must differ from JWT_ACCESS_SECRET',
    ]);
  });

  it('accepts a complete production environment', () => {
    const env = validateEnvironment({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app:pw@db:5432/prodev',
      REDIS_URL: 'redis://redis:6379',
      JWT_ACCESS_SECRET: SECRET_A,
      JWT_REFRESH_SECRET: SECRET_B,
    });

    expect(env.NODE_ENV).toBe('production');
  });
});

describe('buildAppConfig', () => {
  it('uses the embedded database, migrated on start, when DATABASE_URL is unset', () => {
    const config = buildAppConfig({ EMBEDDED_DB_DIR: 'var/db' }, '/srv/app');

    expect(config.database).toEqual({ kind: 'embedded', dataDir: '/srv/app/var/db', migrateOnStart: true });
    expect(config.redis).toBeNull();
  });

  it('leaves migrations to their own step on a real PostgreSQL', () => {
    const config = buildAppConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });

    expect(config.database).toMatchObject({ kind: 'postgres', migrateOnStart: false, poolMax: 10 });
  });

  it('is silent in tests and pretty only in development', () => {
    expect(buildAppConfig({ NODE_ENV: 'test' }).log).toEqual({ level: 'silent', pretty: false });
    expect(buildAppConfig({ NODE_ENV: 'development' }).log).toEqual({ level: 'info', pretty: true });
  });

  it('splits CORS_ORIGINS into a list', () => {
    const config = buildAppConfig({ CORS_ORIGINS: 'https://a.example.com, http://localhost:5173' });

    expect(config.http.corsOrigins).toEqual(['https://a.example.com', 'http://localhost:5173']);
  });
});
