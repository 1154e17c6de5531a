import { MikroOrmModule } from '@mikro-orm/nestjs';
import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module, type Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { BullJobConsumer } from './bull/bull-job-consumer';
import { BullJobTransport } from './bull/bull-job-transport';
import { BullQueues } from './bull/bull-queues';
import { BullSweepSchedule } from './bull/bull-sweep.schedule';
import { InProcessJobTransport } from './in-process/in-process-job-transport';
import { InProcessSweepSchedule } from './in-process/in-process-sweep.schedule';
import { QUEUE_NAMES } from './job-contract';
import { JobBus } from './job-bus';
import { JobHandlersRegistry } from './job-handlers.registry';
import { JobRecord } from './job-record.entity';
import { JobRunner } from './job-runner';
import { JobSweeper } from './job-sweeper';
import { JobTransport } from './job-transport';

export type JobsRole = 'api' | 'worker';

// Registered once, at import, like every other module's entities: @mikro-orm/nestjs clears its entity
// list when an application closes and again at the next registration, so a forFeature() call made per
// forRoot() would wipe the other modules' entities from a second application in the same process.
const JOB_ENTITIES = MikroOrmModule.forFeature([JobRecord]);

/**
 * The job bus. With REDIS_URL: Bull queues on Redis; the API only produces,
 * the worker (role `worker`) consumes and runs the sweeper's schedule. Without
 * it: jobs run in the API process through the same runner and retry policy.
 */
@Module({})
export class JobsModule {
  static forRoot(config: AppConfig, role: JobsRole): DynamicModule {
    const shared: Provider[] = [JobHandlersRegistry, JobRunner, JobBus, JobSweeper];
    const imports = [DiscoveryModule, JOB_ENTITIES];
    if (config.redis === null) {
      return {
        module: JobsModule,
        global: true,
        imports,
        providers: [
          ...shared,
          InProcessJobTransport,
          { provide: JobTransport, useExisting: InProcessJobTransport },
          InProcessSweepSchedule,
        ],
        exports: [JobBus, JobTransport],
      };
    }
    const { jobs } = config;
    return {
      module: JobsModule,
      global: true,
      imports: [
        ...imports,
        BullModule.forRoot({
          url: config.redis.url,
          prefix: 'prodev',
          // A worker renews its lock every lockDuration/2; a lock that lapses (the worker died or
          // its event loop stalled that long) makes the job stalled, and the next stalled check
          // puts it back in the queue, up to maxStalledCount times.
          settings: {
            lockDuration: jobs.lockDurationMs,
            stalledInterval: jobs.stalledIntervalMs,
            maxStalledCount: jobs.maxStalledCount,
          },
          defaultJobOptions: { removeOnComplete: jobs.keepCompleted, removeOnFail: jobs.keepFailed },
        }),
        BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
      ],
      providers: [
        ...shared,
        BullQueues,
        BullJobTransport,
        { provide: JobTransport, useExisting: BullJobTransport },
        BullJobConsumer,
        ...(role === 'worker' ? [BullSweepSchedule] : []),
      ],
      exports: [JobBus, JobTransport, BullJobConsumer, BullQueues],
    };
  }
}
