import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCompose } from './compose';
import { lintDockerfile } from './dockerfile';
import { validateGitlabCi } from './gitlab-ci';

/**
 * `npm run validate:delivery` (a step of .ci/run and of the pipeline's lint job): the Dockerfile,
 * the compose stack and the GitLab pipeline checked without Docker or GitLab. Exits 1 on any problem.
 * test/e2e/delivery.e2e-spec.ts proves each check fails on a broken copy.
 */
const ROOT = resolve(__dirname, '../../..');

const checks: Array<[file: string, check: (text: string) => string[] | Promise<string[]>]> = [
  ['docker/Dockerfile', lintDockerfile],
  ['docker/compose.yaml', validateCompose],
  ['.gitlab-ci.yml', validateGitlabCi],
];

async function main(): Promise<void> {
  let failed = 0;
  for (const [file, check] of checks) {
    const problems = await check(readFileSync(resolve(ROOT, file), 'utf8'));
    if (problems.length === 0) {
      console.log(`ok      ${file}`);
      continue;
    }
    failed += 1;
    console.error(`FAILED  ${file}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  if (failed > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
