import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { IN_MEMORY_DB } from '../config/app-config';
import { DataDirLock } from './data-dir-lock';

/** Where the ordinary Postgres driver reaches the embedded engine. */
export interface EmbeddedPostgresAddress {
  /** A directory holding the unix socket `.s.PGSQL.<port>` (libpq/pg convention). */
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly dbName: string;
}

const SOCKET_PORT = 5432;

/**
 * PGlite (Postgres compiled to WASM) served over the Postgres wire protocol on
 * a private unix socket, so the app uses the same `pg` driver, SQL and
 * migrations as against a real server. PGlite is a single session: clients
 * must use a pool of exactly one connection, which makes transactions
 * serialise instead of interleaving.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly socketDir: string,
    private readonly lock: DataDirLock | null,
    readonly address: EmbeddedPostgresAddress,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const inMemory = dataDir === IN_MEMORY_DB;
    if (!inMemory) await mkdir(dataDir, { recursive: true });
    // PGlite has no postmaster to refuse a second process on the same files; this lock does.
    const lock = inMemory ? null : await DataDirLock.acquire(dataDir);
    let db: PGlite;
    try {
      db = await PGlite.create(inMemory ? undefined : dataDir);
    } catch (error) {
      await lock?.release();
      throw error;
    }
    // A short private directory: unix socket paths are limited to ~100 bytes.
    const socketDir = await mkdtemp(join(tmpdir(), 'prodev-pg-'));
    const server = new PGLiteSocketServer({ db, path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`), maxConnections: 1 });
    try {
      await server.start();
    } catch (error) {
      await db.close();
      await rm(socketDir, { recursive: true, force: true });
      await lock?.release();
      throw error;
    }
    const embedded = new EmbeddedPostgres(db, server, socketDir, lock, {
      host: socketDir,
      port: SOCKET_PORT,
      user: 'postgres',
      dbName: 'postgres',
    });
    // A process that exits without stop() (process.exit in a CLI, a crash) still leaves no socket folder or lock behind.
    process.once('exit', embedded.cleanUpOnExit);
    return embedded;
  }

  private readonly cleanUpOnExit = (): void => {
    rmSync(this.socketDir, { recursive: true, force: true });
    this.lock?.releaseSync();
  };

  async stop(): Promise<void> {
    await this.server.stop();
    if (!this.db.closed) await this.db.close();
    await rm(this.socketDir, { recursive: true, force: true });
    await this.lock?.release();
    process.removeListener('exit', this.cleanUpOnExit);
  }
}
