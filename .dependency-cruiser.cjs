// @ts-check
/**
 * Architecture rules of the workspace, checked by `npm run lint:deps`.
 *
 * Layers, bottom to top:  libs/core  <  libs/auth  <  libs/curriculum  <  libs/assessments  <  libs/notifications  <  apps/*
 * A library is used only through its `@prodev/<name>` alias, i.e. its src/index.ts.
 *
 * Paths in the rules are relative to the working directory depcruise runs in (the repository
 * root; test/fixtures/dependency-rules for the spec that proves the rules catch what they should).
 *
 * Note on `$1`: dependency-cruiser replaces `$1` in `to.path`/`to.pathNot` with the first group
 * captured by `from.path` (only from.path, never from.pathNot).
 */

/** A library's public entry point, the file its tsconfig `paths` alias points at. */
const LIB_ENTRY_POINT = '^libs/[^/]+/src/index\\.ts$';
/** An import written as a tsconfig `paths` alias (`@prodev/core`), not relative or via baseUrl. */
const THROUGH_ALIAS = /** @type {const} */ (['aliased-tsconfig-paths']);

const LIB_ONLY_THROUGH_ALIAS = 'lib-only-through-alias';
const DEEP_IMPORT_COMMENT =
  "Only a library's entry point (libs/<name>/src/index.ts, imported as '@prodev/<name>') is public. " +
  'Export what you need from the index instead of importing a file inside another library.';
const RELATIVE_IMPORT_COMMENT =
  "Import a library as '@prodev/<name>', not by a relative (or baseUrl) path to its index.ts: " +
  'the alias is what the build, Jest and this check recognise as the library boundary.';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-lib-imports-app',
      comment: 'Libraries are reusable building blocks: they must not depend on an application (apps/*).',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },

    // lib-only-through-alias, as four restrictions because a rule's conditions can only be
    // AND-ed: {outside any library, inside another library} x {deep import, entry point not
    // through the alias}. Each dependency can break at most one of them.
    {
      name: LIB_ONLY_THROUGH_ALIAS,
      comment: DEEP_IMPORT_COMMENT,
      severity: 'error',
      from: { pathNot: '^libs/' },
      to: { path: '^libs/', pathNot: LIB_ENTRY_POINT },
    },
    {
      name: LIB_ONLY_THROUGH_ALIAS,
      comment: RELATIVE_IMPORT_COMMENT,
      severity: 'error',
      from: { pathNot: '^libs/' },
      to: { path: LIB_ENTRY_POINT, dependencyTypesNot: [...THROUGH_ALIAS] },
    },
    {
      name: LIB_ONLY_THROUGH_ALIAS,
      comment: DEEP_IMPORT_COMMENT,
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', LIB_ENTRY_POINT] },
    },
    {
      name: LIB_ONLY_THROUGH_ALIAS,
      comment: RELATIVE_IMPORT_COMMENT,
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: LIB_ENTRY_POINT, pathNot: '^libs/$1/', dependencyTypesNot: [...THROUGH_ALIAS] },
    },

    {
      name: 'controller-no-entity-manager',
      comment:
        'Controllers and resolvers translate HTTP/GraphQL to service calls. Persistence (MikroORM, the ' +
        'EntityManager, repositories) belongs in services.',
      severity: 'error',
      from: { path: '\\.(controller|resolver)\\.ts$' },
      to: { path: '(^|/)node_modules/@mikro-orm/' },
    },
    {
      name: 'core-is-a-leaf',
      comment: 'libs/core is the bottom layer (config, database, logging, errors): it depends on no other library.',
      severity: 'error',
      from: { path: '^libs/core/' },
      to: { path: '^libs/(auth|curriculum|assessments|notifications)/' },
    },
    {
      name: 'auth-below-domains',
      comment: 'libs/auth sits below the domain libraries: it may use core, never curriculum or assessments.',
      severity: 'error',
      from: { path: '^libs/auth/' },
      to: { path: '^libs/(curriculum|assessments|notifications)/' },
    },
    {
      name: 'curriculum-below-assessments',
      comment:
        'Assessments are built on the curriculum, not the other way round: libs/curriculum must not import libs/assessments.',
      severity: 'error',
      from: { path: '^libs/curriculum/' },
      to: { path: '^libs/assessments/' },
    },
    {
      name: 'notifications-on-top',
      comment:
        'Notifications listen to the domains\' events; the domains never call them: no library imports libs/notifications.',
      severity: 'error',
      from: { path: '^libs/(core|auth|curriculum|assessments)/' },
      to: { path: '^libs/notifications/' },
    },
    {
      name: 'no-circular',
      comment:
        'Circular dependencies make module initialisation order fragile (undefined imports, Nest ' +
        "'cannot resolve dependency' errors). Break the cycle by moving the shared part down a layer. " +
        'Entities are exempt: a bidirectional relation is a cycle by nature, and MikroORM resolves it ' +
        'lazily (`() => Entity`, `Rel<>`).',
      severity: 'error',
      from: { pathNot: '\\.entity\\.ts$' },
      to: { circular: true, pathNot: '\\.entity\\.ts$' },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'This module imports something that cannot be resolved: a typo, a missing file or an uninstalled package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Follow packages no further than their entry file: the rules above need to see that a
    // controller imports @mikro-orm/*, so node_modules must not be *excluded*, only not followed.
    doNotFollow: { path: ['node_modules'] },
    // Override with `depcruise ... --exclude '<regex>'` (the command line wins over this file).
    exclude: { path: '^(dist|test/fixtures)/' },
    // Count type-only imports (`import type`) as dependencies too: they are still architecture.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
    },
  },
};
