import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCompose } from '../../scripts/delivery/compose';
import { lintDockerfile } from '../../scripts/delivery/dockerfile';
import { validateGitlabCi } from '../../scripts/delivery/gitlab-ci';

/**
 * The delivery checks of `npm run validate:delivery`, proven both ways: the committed Dockerfile,
 * compose file and pipeline pass, and a deliberately broken copy of each fails with a message
 * that names the break. No Docker engine or GitLab is involved.
 */

const ROOT = resolve(__dirname, '../..');
const read = (file: string): string => readFileSync(resolve(ROOT, file), 'utf8');

/** `text` with `from` replaced once; fails loudly if the fixture no longer contains it. */
function breakCopy(text: string, from: string | RegExp, to: string): string {
  const broken = text.replace(from, to);
  if (broken === text) throw new Error(`the committed file no longer contains ${String(from)}`);
  return broken;
}

describe('Delivery checks', () => {
  describe('docker/Dockerfile', () => {
    const dockerfile = read('docker/Dockerfile');

    it('passes the lint: targets api, worker and migrate, non-root, exec form, api health check, npm ci', () => {
      expect(lintDockerfile(dockerfile)).toEqual([]);
    });

    it('fails when the runtime images would run as root (USER removed)', () => {
      const broken = breakCopy(dockerfile, /^USER node\n/m, '');

      expect(lintDockerfile(broken)).toEqual([
        'target api runs as root: set a non-root USER',
        'target worker runs as root: set a non-root USER',
        'target migrate runs as root: set a non-root USER',
      ]);
    });

    it('fails when a target re-declares root, loses its health check or starts through a shell', () => {
      let broken = breakCopy(dockerfile, /^HEALTHCHECK .*\n/m, '');
      broken = breakCopy(broken, 'FROM runtime AS worker\n', 'FROM runtime AS worker\nUSER root\n');
      broken = breakCopy(broken, /^CMD \["migration:up"\]$/m, 'CMD node dist/apps/api/src/cli/main.js migration:up');
      broken = breakCopy(broken, /^ENTRYPOINT .*\n/m, '');

      expect(lintDockerfile(broken)).toEqual([
        'target worker runs as root: set a non-root USER',
        'target migrate needs an exec-form CMD or ENTRYPOINT (["node", ...]) so SIGTERM reaches node',
        'target api needs a HEALTHCHECK',
      ]);
    });

    it('fails on syntax errors, a missing target, npm install and an unpinned base image', () => {
      let broken = breakCopy(dockerfile, 'FROM runtime AS migrate', 'FROM runtime AS migrations');
      broken = breakCopy(broken, 'npm ci --ignore-scripts', 'npm install --ignore-scripts');
      broken = breakCopy(broken, 'ARG NODE_IMAGE=node:20.19-bookworm-slim', 'ARG NODE_IMAGE=node');
      broken = breakCopy(broken, 'WORKDIR /app\n', 'WORKDIR /app\nCOPPY . .\n');
      const problems = lintDockerfile(broken);

      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Dockerfile line \d+: Unknown instruction: COPPY$/),
          'stage deps: pin the base image node to a tag or digest',
          'target migrate is missing',
          expect.stringMatching(/use npm ci \(the lockfile\), not npm install$/),
          'no RUN installs dependencies with npm ci',
        ]),
      );
    });
  });

  describe('docker/compose.yaml', () => {
    const compose = read('docker/compose.yaml');

    it('is valid against the Compose Specification schema and wires the stack as documented', () => {
      expect(validateCompose(compose)).toEqual([]);
    });

    it('fails the schema on a depends_on condition Compose does not know', () => {
      const broken = breakCopy(compose, 'condition: service_completed_successfully', 'condition: service_finished');

      expect(validateCompose(broken)).toContainEqual(
        expect.stringMatching(
          /^compose schema: services\.api\.depends_on\.migrate\.condition: .*service_completed_successfully/,
        ),
      );
    });

    it('fails the schema on a misspelt key', () => {
      const broken = breakCopy(compose, 'healthcheck:', 'healtcheck:');

      expect(validateCompose(broken)).toContain('compose schema: services.postgres: unknown key "healtcheck"');
    });

    it('fails when api may start before migrate finished, the worker cannot scale or a secret is inlined', () => {
      let broken = breakCopy(
        compose,
        /(api:[\s\S]*?migrate:\n\s+condition: )service_completed_successfully/,
        '$1service_started',
      );
      broken = breakCopy(broken, /(^ {2}worker:\n)/m, '$1    container_name: worker\n');
      broken = breakCopy(
        broken,
        'REDIS_URL: redis://redis:6379',
        'REDIS_URL: redis://redis:6379\n  JWT_ACCESS_SECRET: hunter2hunter2',
      );

      expect(validateCompose(broken)).toEqual([
        'services.api must wait for migrate: service_completed_successfully',
        'services.worker cannot scale with a container_name',
        ...['migrate', 'api', 'worker'].map(
          (name) => `services.${name}.environment.JWT_ACCESS_SECRET is a literal secret: put it in the env file`,
        ),
      ]);
    });
  });

  describe('.gitlab-ci.yml', () => {
    const pipeline = read('.gitlab-ci.yml');

    it('is valid for GitLab (gitlab-ci-local and its CI schema) and keeps the pipeline promises', async () => {
      await expect(validateGitlabCi(pipeline)).resolves.toEqual([]);
    });

    it('fails the schema on an unknown keyword', async () => {
      const broken = breakCopy(pipeline, '  artifacts:\n    when: always', '  artifactz:\n    when: always');

      const problems = await validateGitlabCi(broken);

      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^gitlab-ci-local: /);
      expect(problems[0]).toContain("'artifactz' property is not expected to be here at test");
    });

    it('fails when production deploys automatically, a deploy skips the tests, or images build on every branch', async () => {
      let broken = breakCopy(pipeline, /\n {6}when: manual\n {6}allow_failure: false/, '');
      broken = breakCopy(broken, '  needs: [test, push-images]', '  needs: [push-images]');
      broken = breakCopy(
        broken,
        '    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n\nlint:',
        '    - if: $CI_COMMIT_BRANCH\n\nlint:',
      );

      await expect(validateGitlabCi(broken)).resolves.toEqual([
        'push-images: build images only on the default branch and tags',
        'deploy-staging: must need the test job',
        'deploy-production: must need the test job',
        'deploy-production: production deploys must be manual',
      ]);
    });
  });
});
