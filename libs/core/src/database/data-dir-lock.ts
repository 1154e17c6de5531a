import { rmSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const LOCK_FILE = 'prodev.pid';

/** Lock files this process holds: a second open from the same process is refused too. */
const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Thrown when another live process already has the embedded data folder open. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (an API or CLI already running). ` +
        'Stop it first, or set DATABASE_URL to share a PostgreSQL server between processes.',
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * Whether the pid in a lock file still owns it. A lock carrying our own pid
 * that we do not hold was left by an earlier run with the same pid (in a
 * container the API is always pid 1), so it is stale.
 */
function ownerIsAlive(path: string, pid: number): boolean {
  if (!Number.isInteger(pid)) return false;
  if (pid === process.pid) return heldHere.has(path);
  return isRunning(pid);
}

/** A pid file inside the data folder; a lock left by a dead process is taken over. */
export class DataDirLock {
  private constructor(private readonly path: string) {}

  static async acquire(dataDir: string): Promise<DataDirLock> {
    const path = join(dataDir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const handle = await open(path, 'wx');
        await handle.writeFile(String(process.pid));
        await handle.close();
        heldHere.add(path);
        return new DataDirLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
        if (ownerIsAlive(path, pid)) throw new DataDirInUseError(dataDir, pid);
        await rm(path, { force: true });
      }
    }
    throw new Error(`Could not lock ${path}`);
  }

  async release(): Promise<void> {
    heldHere.delete(this.path);
    await rm(this.path, { force: true });
  }

  /** For process exit, where nothing asynchronous runs any more. */
  releaseSync(): void {
    if (!heldHere.delete(this.path)) return;
    rmSync(this.path, { force: true });
  }
}
