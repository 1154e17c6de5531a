import { Module } from '@nestjs/common';
import { AuthModule } from '@prodev/auth';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { QueueDashboardAuth } from './queue-dashboard-auth';

/** What bull-board's root module needs injected to build its guarded adapter. */
@Module({
  imports: [AuthModule],
  providers: [ProblemDetailsFilter, QueueDashboardAuth],
  exports: [QueueDashboardAuth],
})
export class QueueDashboardAuthModule {}
