import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule, DatabaseModule, LoggingModule, RedisModule } from '@prodev/core';
import { WorkerReadiness } from './worker-readiness';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot({ http: false }),
        DatabaseModule.forRoot(),
        RedisModule,
      ],
      providers: [WorkerReadiness],
      exports: [WorkerReadiness],
    };
  }
}
