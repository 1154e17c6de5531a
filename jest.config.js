// @ts-check
const { readFileSync } = require('node:fs');

// The build's .swcrc skips spec files; Jest must compile them, so reuse it without `exclude`.
const { exclude: _buildOnly, ...swc } = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** @type {import('jest').Config} */
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    // ESM-only dependencies: Node 20 can require() them, Jest's module loader cannot.
    '^.+\\.js$': ['@swc/jest', { swcrc: false, module: { type: 'commonjs' }, jsc: { target: 'es2022' } }],
  },
  transformIgnorePatterns: ['^(?!.*/@fastify/static/node_modules/).*/node_modules/'],
  moduleNameMapper: { '^@prodev/(core|auth|curriculum|assessments|notifications)$': '<rootDir>/libs/$1/src' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/fixtures/'],
};

const projects = {
  unit: { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
  e2e: { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
  // The same HTTP specs on a real PostgreSQL (a throwaway database per spec file). Specs that
  // exercise the embedded engine, the built binaries or tooling run once, in `e2e`.
  e2ePostgres: {
    ...shared,
    displayName: 'e2e-postgres',
    testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    testPathIgnorePatterns: [
      ...shared.testPathIgnorePatterns,
      '/test/e2e/(processes|cli|seed|demo-users|secrets-in-logs|embedded-database|dependency-rules|openapi-drift|typescript-client|delivery)\\.e2e-spec\\.ts$',
    ],
    setupFiles: ['<rootDir>/test/support/on-postgres.setup.ts'],
    globalSetup: '<rootDir>/test/integration/require-services.ts',
  },
  integration: {
    ...shared,
    displayName: 'integration',
    testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
    globalSetup: '<rootDir>/test/integration/require-services.ts',
  },
};

// `npm test` runs unit and e2e on the embedded default, and the integration
// specs too when real services are configured; `npm run test:integration`
// forces them (and fails, not skips, when the services are unreachable).
const withIntegration =
  process.env.TEST_INTEGRATION === '1' || (Boolean(process.env.DATABASE_URL) && Boolean(process.env.REDIS_URL));

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 2,
  // Each e2e spec boots PGlite (1-5 s on a busy 2-core machine, far more on CI's cold
  // transform cache with both workers busy) before its first request.
  testTimeout: 60_000,
  projects: withIntegration ? Object.values(projects) : [projects.unit, projects.e2e],
};
