import { BullAdapter } from '@bull-board/api/bullAdapter';
import { BullBoardModule } from '@bull-board/nestjs';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, QUEUE_NAMES } from '@prodev/core';
import { guardedFastifyAdapter } from './guarded-fastify-adapter';
import { QueueDashboardAuth } from './queue-dashboard-auth';
import { QueueDashboardAuthModule } from './queue-dashboard-auth.module';
import { QUEUE_DASHBOARD_ROUTE } from './queue-dashboard-route';

/**
 * Bull-board at /admin/queues, for admins only, showing every Bull queue.
 * Without Redis there are no Bull queues (jobs run in-process) and no dashboard.
 */
@Module({})
export class QueueDashboardModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (config.redis === null) return { module: QueueDashboardModule };
    return {
      module: QueueDashboardModule,
      imports: [
        BullBoardModule.forRootAsync({
          imports: [QueueDashboardAuthModule],
          inject: [QueueDashboardAuth],
          useFactory: (auth: QueueDashboardAuth) => ({
            route: QUEUE_DASHBOARD_ROUTE,
            adapter: guardedFastifyAdapter(auth.onRequest),
          }),
        }),
        // The queues themselves are registered (and exported globally) by JobsModule.
        BullBoardModule.forFeature(...QUEUE_NAMES.map((name) => ({ name, adapter: BullAdapter }))),
      ],
    };
  }
}
