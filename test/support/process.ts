import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Runs the built entry points (`node dist/.../main.js`) as real processes, the
 * way a container does, so specs can check what unit tests cannot: exit codes,
 * what reaches stdout/stderr, signals and restarts.
 */

const ROOT = resolve(__dirname, '../..');

export const ENTRY_POINTS = {
  api: resolve(ROOT, 'dist/apps/api/src/main.js'),
  worker: resolve(ROOT, 'dist/apps/worker/src/main.js'),
} as const;

export type EntryPoint = keyof typeof ENTRY_POINTS;

/** The API's command line (`npm run cli`), which unlike the servers takes arguments and may read stdin. */
export const CLI_ENTRY_POINT = resolve(ROOT, 'dist/apps/api/src/cli/main.js');

export interface ProcessResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export type Stream = 'stdout' | 'stderr';

const running = new Set<RunningProcess>();
const scratchDirs: string[] = [];

/** A fresh temp directory, removed by the cleanup hooks after the file's last spec. */
export function makeTempDir(prefix = 'prodev-spec-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/**
 * An empty working directory, so `config/<NODE_ENV>.env` and `.env` of the
 * checkout (which load-app-config reads relative to cwd) cannot leak into a spec.
 */
let emptyCwd: string | undefined;
function emptyWorkingDir(): string {
  emptyCwd ??= makeTempDir('prodev-cwd-');
  return emptyCwd;
}

export class RunningProcess {
  private readonly output: Record<Stream, string> = { stdout: '', stderr: '' };
  private readonly lines: Array<{ stream: Stream; text: string }> = [];
  private readonly partial: Record<Stream, string> = { stdout: '', stderr: '' };
  private readonly onOutput = new Set<() => void>();
  private result: ProcessResult | undefined;
  private spawnError: Error | undefined;
  private readonly exited: Promise<ProcessResult>;

  constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream]?.setEncoding('utf8');
      child[stream]?.on('data', (chunk: string) => this.receive(stream, chunk));
    }
    this.exited = new Promise<ProcessResult>((resolveExit, rejectExit) => {
      child.once('error', (error) => {
        this.spawnError = new Error(`${name} could not be started: ${error.message}`);
        running.delete(this);
        this.notify();
        rejectExit(this.spawnError);
      });
      // 'close' (not 'exit') so every byte the process wrote has been read.
      child.once('close', (code, signal) => {
        for (const stream of ['stdout', 'stderr'] as const) this.endLine(stream);
        this.result = { code, signal, stdout: this.output.stdout, stderr: this.output.stderr };
        running.delete(this);
        this.notify();
        resolveExit(this.result);
      });
    });
    // Specs observe the exit through waitForExit/waitForLine; a spawn error must not go unhandled.
    this.exited.catch(() => undefined);
  }

  get stdout(): string {
    return this.output.stdout;
  }

  get stderr(): string {
    return this.output.stderr;
  }

  /** Resolves with the first line (of `stream`, or either) matching `pattern`. */
  waitForLine(pattern: RegExp, options: { timeoutMs: number; stream?: Stream }): Promise<string> {
    const find = (): string | undefined =>
      this.lines.find((line) => (options.stream ?? line.stream) === line.stream && pattern.test(line.text))?.text;
    return this.waitUntil<string>(
      () => {
        const line = find();
        if (line !== undefined) return { value: line };
        if (this.result !== undefined) {
          return { failure: `${this.name} exited (${describeExit(this.result)}) before printing ${pattern}` };
        }
        return undefined;
      },
      options.timeoutMs,
      () => `${this.name} printed no line matching ${pattern} within ${options.timeoutMs} ms`,
    );
  }

  /** Resolves when the process has exited; rejects (it keeps running) after `timeoutMs`. */
  waitForExit(timeoutMs: number): Promise<ProcessResult> {
    return this.waitUntil<ProcessResult>(
      () => (this.result !== undefined ? { value: this.result } : undefined),
      timeoutMs,
      () => `${this.name} was still running after ${timeoutMs} ms`,
    );
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  signal(signal: NodeJS.Signals): void {
    if (this.result !== undefined) throw new Error(`${this.name} has already exited (${describeExit(this.result)})`);
    this.child.kill(signal);
  }

  /** SIGKILL if still running, then wait for it to be gone. */
  async kill(): Promise<void> {
    if (this.result === undefined) this.child.kill('SIGKILL');
    await this.exited.catch(() => undefined);
  }

  private receive(stream: Stream, chunk: string): void {
    this.output[stream] += chunk;
    const pieces = (this.partial[stream] + chunk).split(/\r?\n/);
    this.partial[stream] = pieces.pop() ?? '';
    for (const text of pieces) this.lines.push({ stream, text });
    this.notify();
  }

  /** The last line, when the process ended without a newline. */
  private endLine(stream: Stream): void {
    if (this.partial[stream] !== '') this.lines.push({ stream, text: this.partial[stream] });
    this.partial[stream] = '';
  }

  private notify(): void {
    for (const listener of [...this.onOutput]) listener();
  }

  /**
   * Re-runs `check` on every bit of output (and on exit) until it gives a value
   * or a failure; rejects with the output so far on failure or after `timeoutMs`.
   */
  private waitUntil<T>(
    check: () => { value: T } | { failure: string } | undefined,
    timeoutMs: number,
    timeoutMessage: () => string,
  ): Promise<T> {
    return new Promise<T>((resolveWait, rejectWait) => {
      const stop = (): void => {
        clearTimeout(timer);
        this.onOutput.delete(listener);
      };
      const fail = (message: string): void => {
        stop();
        rejectWait(new Error(`${message}${this.dump()}`));
      };
      const listener = (): void => {
        if (this.spawnError !== undefined) return fail(this.spawnError.message);
        const state = check();
        if (state === undefined) return;
        if ('failure' in state) return fail(state.failure);
        stop();
        resolveWait(state.value);
      };
      const timer = setTimeout(() => fail(timeoutMessage()), timeoutMs);
      this.onOutput.add(listener);
      listener();
    });
  }

  private dump(): string {
    return `\n--- stdout ---\n${this.output.stdout}\n--- stderr ---\n${this.output.stderr}`;
  }
}

function describeExit({ code, signal }: ProcessResult): string {
  return signal !== null ? `signal ${signal}` : `code ${code}`;
}

/**
 * Starts `node dist/apps/<entry>/src/main.js` with exactly PATH, HOME and `env`:
 * nothing else from the shell (no DATABASE_URL, REDIS_URL, NODE_ENV or Jest's NODE_OPTIONS).
 */
export function startEntryPoint(
  entry: EntryPoint,
  env: Readonly<Record<string, string>>,
  options: { cwd?: string } = {},
): RunningProcess {
  return startBuilt(entry, ENTRY_POINTS[entry], [], env, options);
}

/**
 * Starts `node dist/apps/api/src/cli/main.js ...args` like startEntryPoint
 * (same minimal env and empty cwd). With `stdin`, that text is piped in and
 * the pipe closed; without it stdin is /dev/null, i.e. not a terminal.
 */
export function startCli(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  options: { cwd?: string; stdin?: string } = {},
): RunningProcess {
  return startBuilt(`cli ${args.join(' ')}`, CLI_ENTRY_POINT, args, env, options);
}

function startBuilt(
  name: string,
  script: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  options: { cwd?: string; stdin?: string },
): RunningProcess {
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd ?? emptyWorkingDir(),
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? tmpdir(), ...env },
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.stdin !== undefined) {
    // A process that exits without reading its input makes the write fail with EPIPE; that is its business.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.stdin);
  }
  const started = new RunningProcess(name, child);
  running.add(started);
  return started;
}

/** SIGKILLs every process a spec started and left running. */
export async function killLeftovers(): Promise<void> {
  await Promise.all([...running].map((leftover) => leftover.kill()));
}

/** Registers the hooks that kill leftovers after each spec and remove temp dirs after the file. */
export function cleanUpProcesses(): void {
  afterEach(killLeftovers);
  afterAll(async () => {
    await killLeftovers();
    for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    emptyCwd = undefined;
  });
}

/** A TCP port that was free a moment ago (the OS picks it; we release it for the process under test). */
export function freePort(): Promise<number> {
  return new Promise<number>((resolvePort, rejectPort) => {
    const server = createServer();
    server.unref();
    server.once('error', rejectPort);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port !== undefined ? resolvePort(port) : rejectPort(new Error('No port was assigned'))));
    });
  });
}
