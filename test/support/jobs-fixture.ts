import { MikroORM } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobBus, JobRecord, JobStatus } from '@prodev/core';
import { eventually } from './eventually';

/** Waits until the jobs earlier requests queued are recorded and, on the embedded default, have run. */
export async function settleJobs(app: NestFastifyApplication): Promise<void> {
  await app.get(JobBus).whenSettled();
}

export function jobRecords(app: NestFastifyApplication, where: Partial<JobRecord> = {}): Promise<JobRecord[]> {
  return app
    .get(MikroORM)
    .em.fork()
    .find(JobRecord, where, { orderBy: { createdAt: 'asc' } });
}

/**
 * Waits until no job is pending in the database, wherever jobs run (in this
 * process on the embedded default, in a worker process with Redis).
 */
export async function waitForJobsDone(app: NestFastifyApplication, timeoutMs = 30_000): Promise<void> {
  await settleJobs(app);
  const pending = (): Promise<number> => app.get(MikroORM).em.fork().count(JobRecord, { status: JobStatus.Pending });
  await eventually(async () => ((await pending()) === 0 ? true : undefined), {
    timeoutMs,
    describe: async () => `${await pending()} job(s) still pending`,
  });
}
