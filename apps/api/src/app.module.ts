import { DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuthModule, JwtAuthGuard, RolesGuard } from '@prodev/auth';
import { CurriculumModule } from '@prodev/curriculum';
import { EventEmitterModule } from '@nestjs/event-emitter';
import {
  AppCacheModule,
  AppConfig,
  AppConfigModule,
  DatabaseModule,
  JobsModule,
  LoggingModule,
  RedisModule,
} from '@prodev/core';
import { AssessmentsModule } from '@prodev/assessments';
import { NotificationsModule } from '@prodev/notifications';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { AssignmentsHttpModule } from './assessments/assignments/assignments-http.module';
import { AuthHttpModule } from './auth/auth-http.module';
import { CurriculumHttpModule } from './curriculum/curriculum-http.module';
import { GradebookHttpModule } from './assessments/gradebook/gradebook-http.module';
import { HealthModule } from './health/health.module';
import { JobsHttpModule } from './jobs/jobs-http.module';
import { NotificationsHttpModule } from './notifications/notifications-http.module';
import { QuizzesHttpModule } from './assessments/quizzes/quizzes-http.module';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/request-validation.exception';
import { AppThrottlerGuard, ThrottlingModule } from './http/throttling';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, extraImports: NonNullable<ModuleMetadata['imports']> = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot({ http: true }),
        DatabaseModule.forRoot(),
        RedisModule,
        AppCacheModule,
        EventEmitterModule.forRoot(),
        JobsModule.forRoot(config, 'api'),
        ThrottlingModule,
        AuthModule,
        CurriculumModule,
        NotificationsModule,
        AssessmentsModule,
        HealthModule,
        AuthHttpModule,
        CurriculumHttpModule,
        NotificationsHttpModule,
        GradebookHttpModule,
        JobsHttpModule,
        AssignmentsHttpModule,
        QuizzesHttpModule,
        QueueDashboardModule.forRoot(config),
        ...extraImports,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // Order matters: rate limits first (before any work), then who you are, then what you may do.
        { provide: APP_GUARD, useExisting: AppThrottlerGuard },
        { provide: APP_GUARD, useExisting: JwtAuthGuard },
        { provide: APP_GUARD, useExisting: RolesGuard },
      ],
    };
  }
}
