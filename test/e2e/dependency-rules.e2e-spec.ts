import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * The architecture rules of .dependency-cruiser.cjs, proven both ways: every rule catches the
 * wrong import planted for it in test/fixtures/dependency-rules (and nothing else), and the
 * real apps/ and libs/ break none of them.
 *
 * dependency-cruiser is ESM-only (its package exports have no `require` condition), which
 * Jest's CommonJS runtime cannot load, so the spec runs its CLI exactly as `npm run lint:deps` does.
 */

const ROOT = resolve(__dirname, '../..');
const FIXTURE = resolve(ROOT, 'test/fixtures/dependency-rules');
const CONFIG = resolve(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = resolve(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CRUISE_TIMEOUT_MS = 60_000;

interface Violation {
  type: string;
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

interface CruisedModule {
  source: string;
  dependencies: Array<{ resolved: string; valid: boolean }>;
}

interface CruiseResult {
  modules: CruisedModule[];
  summary: {
    violations: Violation[];
    totalCruised: number;
    ruleSetUsed: { forbidden: Array<{ name: string }> };
  };
}

/** Cruises `apps` and `libs` of the workspace at `cwd` with the root config, as `npm run lint:deps` does. */
async function cruise(cwd: string): Promise<CruiseResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [DEPCRUISE, 'apps', 'libs', '--config', CONFIG, '--output-type', 'json'],
    { cwd, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as CruiseResult;
}

const arrow = ({ from, to }: Violation): string => `${from} → ${to}`;

/** Each rule of the config, and exactly the dependencies of the fixture it must flag. */
const EXPECTED_VIOLATIONS: Record<string, string[]> = {
  'no-lib-imports-app': ['libs/assessments/src/no-lib-imports-app.ts → apps/api/src/api-prefix.ts'],
  'lib-only-through-alias': [
    // deep imports, from an app and from another library
    'apps/api/src/deep-import.ts → libs/core/src/internal-helper.ts',
    'libs/assessments/src/deep-import-of-another-lib.ts → libs/curriculum/src/syllabus.ts',
    // the entry point, but not through the @prodev/* alias
    'apps/api/src/relative-lib-import.ts → libs/auth/src/index.ts',
    'apps/api/src/base-url-lib-import.ts → libs/core/src/index.ts',
    'libs/assessments/src/relative-import-of-another-lib.ts → libs/core/src/index.ts',
  ],
  'controller-no-entity-manager': [
    'apps/api/src/courses.controller.ts → ../../../node_modules/@mikro-orm/core/index.d.ts',
  ],
  'core-is-a-leaf': ['libs/core/src/core-is-a-leaf.ts → libs/auth/src/index.ts'],
  'auth-below-domains': ['libs/auth/src/auth-below-domains.ts → libs/curriculum/src/index.ts'],
  'curriculum-below-assessments': [
    'libs/curriculum/src/curriculum-below-assessments.ts → libs/assessments/src/index.ts',
  ],
  'notifications-on-top': ['libs/assessments/src/notifications-on-top.ts → libs/notifications/src/index.ts'],
  'no-circular': ['apps/api/src/cycle-a.ts → apps/api/src/cycle-b.ts'],
  'not-to-unresolvable': ['apps/api/src/not-to-unresolvable.ts → ./does-not-exist'],
};

/** Files that import the right way, including a service that may use MikroORM. */
const CLEAN_FILES = ['apps/api/src/clean.ts', 'apps/api/src/courses.service.ts', 'libs/curriculum/src/own-files.ts'];

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  describe('on a fixture workspace that breaks each rule on purpose', () => {
    let fixture: CruiseResult;

    beforeAll(async () => {
      fixture = await cruise(FIXTURE);
    }, CRUISE_TIMEOUT_MS);

    it('has a planted violation for every rule of the config', () => {
      const ruleNames = new Set(fixture.summary.ruleSetUsed.forbidden.map((rule) => rule.name));

      expect([...ruleNames].sort()).toEqual(Object.keys(EXPECTED_VIOLATIONS).sort());
    });

    it.each(Object.entries(EXPECTED_VIOLATIONS))('%s flags exactly its planted imports', (ruleName, expected) => {
      const flagged = fixture.summary.violations.filter((violation) => violation.rule.name === ruleName);

      expect(flagged.map(arrow).sort()).toEqual([...expected].sort());
      expect(flagged.every((violation) => violation.rule.severity === 'error')).toBe(true);
    });

    it('lets correct imports through', () => {
      const clean = fixture.modules.find((module) => module.source === 'apps/api/src/clean.ts');

      // clean.ts really was cruised and imports every library through its alias...
      expect(clean?.dependencies.map((dependency) => dependency.resolved).sort()).toEqual([
        'apps/api/src/api-prefix.ts',
        'apps/api/src/courses.service.ts',
        'libs/assessments/src/index.ts',
        'libs/auth/src/index.ts',
        'libs/core/src/index.ts',
        'libs/curriculum/src/index.ts',
      ]);
      // ...and neither it nor the other well-behaved files are flagged.
      expect(fixture.summary.violations.filter((violation) => CLEAN_FILES.includes(violation.from))).toEqual([]);
    });
  });

  describe('on the real apps and libs', () => {
    it(
      'finds no violation',
      async () => {
        const workspace = await cruise(ROOT);

        expect(workspace.summary.totalCruised).toBeGreaterThan(0);
        expect(workspace.summary.violations.map((violation) => `${violation.rule.name}: ${arrow(violation)}`)).toEqual(
          [],
        );
      },
      CRUISE_TIMEOUT_MS,
    );
  });
});
