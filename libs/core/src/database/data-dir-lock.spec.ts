import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, DataDirLock } from './data-dir-lock';

describe('DataDirLock', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prodev-lock-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('records the owner pid and frees the folder on release', async () => {
    const lock = await DataDirLock.acquire(dir);
    await expect(readFile(join(dir, 'prodev.pid'), 'utf8')).resolves.toBe(String(process.pid));

    await lock.release();

    const again = await DataDirLock.acquire(dir);
    await again.release();
  });

  it('refuses a second acquire while held, even from the same process', async () => {
    const lock = await DataDirLock.acquire(dir);

    await expect(DataDirLock.acquire(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    await lock.release();
  });

  it('refuses while another live process owns it', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeFile(join(dir, 'prodev.pid'), String(other.pid));

      await expect(DataDirLock.acquire(dir)).rejects.toThrow(`in use by process ${other.pid}`);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a dead process', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.once('exit', resolve));
    await writeFile(join(dir, 'prodev.pid'), String(dead.pid));

    const lock = await DataDirLock.acquire(dir);

    await lock.release();
  });

  it('takes over a lock carrying its own pid that it does not hold (a restarted container is pid 1 again)', async () => {
    await writeFile(join(dir, 'prodev.pid'), String(process.pid));

    const lock = await DataDirLock.acquire(dir);

    await lock.release();
  });
});
