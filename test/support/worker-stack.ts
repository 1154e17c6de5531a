import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UNTHROTTLED_AUTH } from './auth-fixture';
import { freePort, startEntryPoint, type RunningProcess } from './process';
import { createTestApp } from './test-app';
import { createThrowawayDatabase, throwawayRedisUrl } from './throwaway-database';

const READY_WITHIN_MS = 30_000;

/**
 * Jobs as deployed: the API in this process only records and queues (its logs
 * silent), and the built worker runs them as its own OS process (its JSON logs
 * on, for specs to read), on a throwaway PostgreSQL database and a Redis
 * database of the spec file's own.
 */
export class WorkerStack {
  private readonly workers: RunningProcess[] = [];

  private constructor(
    readonly app: NestFastifyApplication,
    /** What every worker of the stack starts with. */
    readonly env: Readonly<Record<string, string>>,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(redisDb: number, env: Record<string, string> = {}): Promise<WorkerStack> {
    const database = await createThrowawayDatabase();
    const workerEnv = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: database.url,
      REDIS_URL: await throwawayRedisUrl(redisDb),
      ...env,
    };
    const app = await createTestApp({
      ...workerEnv,
      ...UNTHROTTLED_AUTH,
      LOG_LEVEL: 'silent',
      DATABASE_MIGRATE_ON_START: 'true',
    });
    return new WorkerStack(app, workerEnv, database.drop);
  }

  /** A worker on a free health port, once it says it is ready; killed by `close` if still running. */
  async startWorker(overrides: Record<string, string> = {}): Promise<RunningProcess> {
    const worker = startEntryPoint('worker', {
      ...this.env,
      WORKER_HEALTH_PORT: String(await freePort()),
      ...overrides,
    });
    this.workers.push(worker);
    await worker.waitForLine(/Worker ready/, { timeoutMs: READY_WITHIN_MS, stream: 'stdout' });
    return worker;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.kill()));
    await this.app.close();
    await this.dropDatabase();
  }
}
