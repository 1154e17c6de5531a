import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { IN_MEMORY_DB } from '../config/app-config';

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
    readonly address: EmbeddedPostgresAddress,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    if (dataDir !== IN_MEMORY_DB) await mkdir(dataDir, { recursive: true });
    const db = await PGlite.create(dataDir === IN_MEMORY_DB ? undefined : dataDir);
    // A short private directory: unix socket paths are limited to ~100 bytes.
    const socketDir = await mkdtemp(join(tmpdir(), 'prodev-pg-'));
    const server = new PGLiteSocketServer({ db, path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`), maxConnections: 1 });
    try {
      await server.start();
    } catch (error) {
      await db.close();
      await rm(socketDir, { recursive: true, force: true });
      throw error;
    }
    return new EmbeddedPostgres(db, server, socketDir, {
      host: socketDir,
      port: SOCKET_PORT,
      user: 'postgres',
      dbName: 'postgres',
    });
  }

  async stop(): Promise<void> {
    await this.server.stop();
    if (!this.db.closed) await this.db.close();
    await rm(this.socketDir, { recursive: true, force: true });
  }
}
