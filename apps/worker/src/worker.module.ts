import { DynamicModule, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AuthModule } from '@prodev/auth';
import {
  AppCacheModule,
  AppConfig,
  AppConfigModule,
  DatabaseModule,
  JobsModule,
  LoggingModule,
  RedisModule,
} from '@prodev/core';
import { CurriculumModule } from '@prodev/curriculum';
import { AssessmentsModule } from '@prodev/assessments';
import { NotificationsModule } from '@prodev/notifications';
import { WorkerHealthServer } from './health/worker-health.server';
import { GradingProcessor } from './processors/grading.processor';
import { NotificationsProcessor } from './processors/notifications.processor';
import { processAllJobs } from './processors/process-with-concurrency';
import { ReportsProcessor } from './processors/reports.processor';
import { SchedulesProcessor } from './processors/schedules.processor';
import { WorkerReadiness } from './worker-readiness';
import { WorkerShutdown } from './worker-shutdown';

/** The worker: the domain modules (whose handlers jobs run) and one thin processor per queue. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    processAllJobs(NotificationsProcessor, 'process', config.worker.concurrency.notifications);
    processAllJobs(GradingProcessor, 'process', config.worker.concurrency.grading);
    processAllJobs(ReportsProcessor, 'process', config.worker.concurrency.reports);
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot({ http: false }),
        DatabaseModule.forRoot(),
        RedisModule,
        AppCacheModule,
        EventEmitterModule.forRoot(),
        JobsModule.forRoot(config, 'worker'),
        AuthModule,
        CurriculumModule,
        NotificationsModule,
        AssessmentsModule,
      ],
      providers: [
        WorkerReadiness,
        WorkerHealthServer,
        WorkerShutdown,
        NotificationsProcessor,
        GradingProcessor,
        ReportsProcessor,
        SchedulesProcessor,
      ],
      exports: [WorkerReadiness],
    };
  }
}
