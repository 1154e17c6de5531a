import { Arg, DockerfileParser, From, JSONInstruction, ModifiableInstruction, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

/**
 * Lints a Dockerfile without a Docker engine (hadolint is not packaged for Debian bookworm):
 * dockerfile-utils' validator (the Docker language server's: syntax, flags, arguments), then the
 * rules our images promise. Returns the problems found; none means clean.
 */

/** The images ops deploy: each must exist, run as a non-root user and start node in exec form. */
export const RUNTIME_TARGETS = ['api', 'worker', 'migrate'] as const;

interface Stage {
  readonly name: string;
  readonly from: From;
  readonly instructions: Instruction[];
}

export function lintDockerfile(text: string): string[] {
  const problems = validate(text).map(
    (diagnostic) =>
      `Dockerfile line ${diagnostic.range.start.line + 1}: ${typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value}`,
  );
  const dockerfile = DockerfileParser.parse(text);
  const stages = splitStages(dockerfile.getInstructions());
  const byName = new Map(stages.map((stage) => [stage.name, stage]));
  const args = new Map(dockerfile.getInitialARGs().map(argDefault));

  /** The stage and its ancestors (a stage built `FROM` another stage inherits its settings). */
  const lineage = (stage: Stage): Stage[] => {
    const parent = byName.get(stage.from.getImage() ?? '');
    return parent === undefined || parent === stage ? [stage] : [stage, ...lineage(parent)];
  };
  const latest = (stage: Stage, keyword: string): Instruction | undefined =>
    lineage(stage)
      .flatMap((ancestor) =>
        ancestor.instructions.filter((instruction) => instruction.getKeyword() === keyword).reverse(),
      )
      .at(0);

  for (const stage of stages) {
    const image = expand(stage.from.getImage() ?? '', args);
    if (!byName.has(image) && !/[:@]/.test(image.replace(/^[^/]+:\d+\//, ''))) {
      problems.push(`stage ${stage.name}: pin the base image ${image} to a tag or digest`);
    }
    if (/:latest$/.test(image)) problems.push(`stage ${stage.name}: pin the base image, not :latest`);
  }

  for (const target of RUNTIME_TARGETS) {
    const stage = byName.get(target);
    if (stage === undefined) {
      problems.push(`target ${target} is missing`);
      continue;
    }
    const user = latest(stage, 'USER')?.getArgumentsContent()?.trim();
    if (user === undefined || /^(root|0)(:.*)?$/.test(user)) {
      problems.push(`target ${target} runs as root: set a non-root USER`);
    }
    const start = latest(stage, 'ENTRYPOINT') ?? latest(stage, 'CMD');
    if (!(start instanceof JSONInstruction) || start.getJSONStrings().length === 0) {
      problems.push(`target ${target} needs an exec-form CMD or ENTRYPOINT (["node", ...]) so SIGTERM reaches node`);
    }
  }

  const apiHealthcheck = byName.has('api') ? latest(byName.get('api') as Stage, 'HEALTHCHECK') : undefined;
  if (apiHealthcheck === undefined || /^NONE$/i.test(apiHealthcheck.getArgumentsContent()?.trim() ?? '')) {
    problems.push('target api needs a HEALTHCHECK');
  }

  problems.push(...npmInstallProblems(stages));
  return problems;
}

/** Installs must be `npm ci` from the lockfile, with npm's download cache kept by BuildKit. */
function npmInstallProblems(stages: readonly Stage[]): string[] {
  const runs = stages.flatMap((stage) =>
    stage.instructions.filter((instruction) => instruction.getKeyword() === 'RUN'),
  );
  const problems: string[] = [];
  for (const run of runs) {
    const command = run.getArgumentsContent() ?? '';
    if (/\bnpm\s+(install|i)\b/.test(command)) {
      problems.push(`line ${run.getRange().start.line + 1}: use npm ci (the lockfile), not npm install`);
    }
  }
  const installs = runs.filter((run) => /\bnpm\s+ci\b/.test(run.getArgumentsContent() ?? ''));
  if (installs.length === 0) problems.push('no RUN installs dependencies with npm ci');
  for (const install of installs) {
    const mounts =
      install instanceof ModifiableInstruction ? install.getFlags().filter((flag) => flag.getName() === 'mount') : [];
    const values = mounts.map((flag) => flag.getValue() ?? '');
    const line = install.getRange().start.line + 1;
    if (!values.some((value) => value.includes('type=cache'))) {
      problems.push(`line ${line}: npm ci without a BuildKit cache mount (--mount=type=cache,target=/root/.npm)`);
    }
    const lockfileMounted = values.some((value) => /source=(\.\/)?package-lock\.json\b/.test(value));
    if (!lockfileMounted && !lockfileCopiedBefore(stages, install)) {
      problems.push(`line ${line}: npm ci before package-lock.json is in the image (COPY or bind-mount it first)`);
    }
  }
  return problems;
}

function lockfileCopiedBefore(stages: readonly Stage[], install: Instruction): boolean {
  const line = install.getRange().start.line;
  return stages
    .flatMap((stage) => stage.instructions)
    .some(
      (instruction) =>
        instruction.getKeyword() === 'COPY' &&
        instruction.getRange().start.line < line &&
        /package-lock\.json|package\*\.json/.test(instruction.getArgumentsContent() ?? ''),
    );
}

function splitStages(instructions: readonly Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction instanceof From) {
      stages.push({ name: instruction.getBuildStage() ?? String(stages.length), from: instruction, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

function argDefault(arg: Arg): [string, string] {
  const property = arg.getProperty();
  return [property?.getName() ?? '', property?.getValue() ?? ''];
}

/** `${NAME}` / `$NAME` in a FROM, from the ARG defaults declared before the first FROM. */
function expand(image: string, args: ReadonlyMap<string, string>): string {
  return image.replace(/\$\{?(\w+)\}?/g, (_match, name: string) => args.get(name) ?? '');
}
