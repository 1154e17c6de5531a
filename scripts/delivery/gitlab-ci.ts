import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { RUNTIME_TARGETS } from './dockerfile';

/**
 * Validates a GitLab pipeline without GitLab: gitlab-ci-local parses it the way GitLab does
 * (extends, rules, needs) and checks it against GitLab's CI JSON schema, which it bundles; then
 * the promises our pipeline makes that a schema cannot express. Returns the problems found.
 */
export async function validateGitlabCi(text: string): Promise<string[]> {
  const parsed = await gitlabCiLocalProblems(text);
  if (parsed.length > 0) return parsed;
  return checkPipelineRules(parse(text) as Pipeline);
}

// 4.74+ needs a newer Node than 20; package.json pins 4.73.0.
const GITLAB_CI_LOCAL = resolve(require.resolve('gitlab-ci-local/package.json'), '../dist/index.js');

/** `gitlab-ci-local --list` in a scratch directory, so its state folder never lands in the checkout. */
async function gitlabCiLocalProblems(text: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gitlab-ci-'));
  try {
    writeFileSync(join(dir, '.gitlab-ci.yml'), text);
    await promisify(execFile)(process.execPath, [GITLAB_CI_LOCAL, '--list', '--json-schema-validation'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, NO_COLOR: '1' },
      timeout: 60_000,
    });
    return [];
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    // Its git warnings (no repository, no remote) are noise here; the verdict is what follows them.
    const verdict = `${stdout}\n${stderr}`
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !/git|origin|fallback|remote|finished in|validated in/i.test(line));
    return [`gitlab-ci-local: ${verdict.join('\n  ') || 'exited non-zero'}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Rule = { if?: string; when?: string };

type Job = {
  stage?: string;
  extends?: string | string[];
  script?: string[];
  before_script?: string[];
  needs?: Array<string | { job: string }>;
  rules?: Rule[];
  when?: string;
  services?: Array<string | { name: string }>;
  cache?: { key?: { files?: string[] } };
  environment?: string | { name: string };
  parallel?: { matrix?: Array<Record<string, string | string[]>> };
  variables?: Record<string, unknown>;
  artifacts?: { reports?: { junit?: unknown; coverage_report?: { coverage_format?: string } } };
};

type Pipeline = Record<string, unknown> & { stages?: string[]; variables?: Record<string, unknown> };

export const STAGES = ['lint', 'test', 'build', 'image', 'deploy'];
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|PRIVATE|API_KEY/i;

function checkPipelineRules(pipeline: Pipeline): string[] {
  const problems: string[] = [];
  const need = (condition: boolean, problem: string): void => {
    if (!condition) problems.push(problem);
  };
  need(JSON.stringify(pipeline.stages) === JSON.stringify(STAGES), `stages must be ${STAGES.join(' → ')}`);

  const jobs = new Map(
    Object.keys(pipeline)
      .filter((name) => !name.startsWith('.') && isJob(pipeline[name]))
      .map((name) => [name, resolveJob(pipeline, name)]),
  );
  const inStage = (stage: string): Array<[string, Job]> => [...jobs].filter(([, job]) => job.stage === stage);

  for (const [name, job] of [...inStage('lint'), ...inStage('test'), ...inStage('build')]) {
    const commands = [...(job.before_script ?? []), ...(job.script ?? [])].join('\n');
    need(/\bnpm ci\b/.test(commands), `${name}: install with npm ci`);
    need(
      (job.cache?.key?.files ?? []).includes('package-lock.json'),
      `${name}: key the npm cache on package-lock.json`,
    );
  }

  const test = jobs.get('test');
  need(test?.stage === 'test', 'a job named test in the test stage');
  const services = (test?.services ?? []).map((service) => (typeof service === 'string' ? service : service.name));
  need(
    services.some((image) => image.startsWith('postgres:')),
    'test: needs a postgres service',
  );
  need(
    services.some((image) => image.startsWith('redis:')),
    'test: needs a redis service',
  );
  need(test?.artifacts?.reports?.junit !== undefined, 'test: publish a JUnit report');
  need(test?.artifacts?.reports?.coverage_report?.coverage_format === 'cobertura', 'test: publish Cobertura coverage');

  const images = inStage('image');
  need(images.length > 0, 'no job in the image stage');
  const built = images.flatMap(([, job]) => (job.parallel?.matrix ?? []).flatMap((cell) => [cell.TARGET ?? []].flat()));
  for (const target of RUNTIME_TARGETS)
    need(built.includes(target), `the image stage does not build the ${target} target`);
  for (const [name, job] of images) {
    need(releaseOnly(job.rules), `${name}: build images only on the default branch and tags`);
  }

  const deploys = inStage('deploy');
  for (const [name, job] of deploys) {
    need(needsOf(job).includes('test'), `${name}: must need the test job`);
    need(environmentOf(job) !== undefined, `${name}: must name its environment`);
  }
  const production = deploys.filter(([, job]) => environmentOf(job) === 'production');
  need(production.length > 0, 'no deploy job for the production environment');
  for (const [name, job] of production) {
    const manual =
      job.when === 'manual' || (job.rules ?? []).every((rule) => rule.when === 'manual' || rule.when === 'never');
    need(manual && (job.rules ?? []).length > 0, `${name}: production deploys must be manual`);
  }
  need(
    deploys.some(([, job]) => environmentOf(job) === 'staging' && job.when !== 'manual'),
    'no automatic deploy job for the staging environment',
  );

  const scopes: Array<[string, Record<string, unknown> | undefined]> = [
    ['variables', pipeline.variables],
    ...[...jobs].map(([name, job]): [string, Record<string, unknown> | undefined] => [name, job.variables]),
  ];
  for (const [scope, variables] of scopes) {
    for (const [key, value] of Object.entries(variables ?? {})) {
      if (SECRET_NAME.test(key) && typeof value === 'string' && !value.startsWith('$')) {
        problems.push(`${scope}: ${key} is a literal secret; set it as a CI/CD variable`);
      }
    }
  }
  return problems;
}

function isJob(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The job with its `extends` chain merged in, as GitLab does (hashes deep-merged, the rest replaced). */
function resolveJob(pipeline: Pipeline, name: string, seen: ReadonlySet<string> = new Set()): Job {
  const own = (pipeline[name] ?? {}) as Job;
  const parents = [own.extends ?? []].flat().filter((parent) => !seen.has(parent));
  const inherited = parents.reduce<Record<string, unknown>>(
    (merged, parent) => deepMerge(merged, resolveJob(pipeline, parent, new Set([...seen, name]))),
    {},
  );
  return deepMerge(inherited, own);
}

function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] =
      isJob(current) && isJob(value)
        ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return merged;
}

function needsOf(job: Job): string[] {
  return (job.needs ?? []).map((need) => (typeof need === 'string' ? need : need.job));
}

function environmentOf(job: Job): string | undefined {
  return typeof job.environment === 'string' ? job.environment : job.environment?.name;
}

/** Every rule that can run the job is conditioned on a tag or on the default branch. */
function releaseOnly(rules: Rule[] | undefined): boolean {
  const running = (rules ?? []).filter((rule) => rule.when !== 'never');
  return (
    running.length > 0 &&
    running.every((rule) => /\$CI_COMMIT_TAG|\$CI_COMMIT_BRANCH\s*==\s*\$CI_DEFAULT_BRANCH/.test(rule.if ?? ''))
  );
}
