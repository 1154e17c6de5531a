export { AppConfig, IN_MEMORY_DB, type DatabaseConfig } from './config/app-config';
export { AppConfigModule } from './config/config.module';
export { EnvironmentVariables, LogLevel, NodeEnv } from './config/environment';
export { buildAppConfig, loadAppConfig } from './config/load-app-config';
export { ConfigValidationError, validateEnvironment, type RawEnvironment } from './config/validate-environment';
export { BaseEntity } from './database/base.entity';
export { DatabaseModule, EMBEDDED_POSTGRES } from './database/database.module';
export { EmbeddedPostgres, type EmbeddedPostgresAddress } from './database/embedded-postgres';
export { MIGRATIONS } from './database/migrations';
export { MigrationsService, type MigrationStatus } from './database/migrations.service';
export { DataDirInUseError } from './database/data-dir-lock';
export { MIGRATIONS_SOURCE_DIR, buildMikroOrmOptions } from './database/mikro-orm-options';
export { DomainError, type DomainErrorKind, type FieldProblem } from './errors/domain.error';
export { LoggingModule, REDACTED_PATHS } from './logging/logging.module';
export { REQUEST_ID_HEADER, assignRequestId, readRequestId } from './logging/request-id';
export { REDIS_CLIENT, RedisModule, type RedisClient } from './redis/redis.module';
export { RedisHealthIndicator } from './redis/redis.health';
export { runWithTimeout } from './lifecycle/run-with-timeout';
export { exitGracefullyOnSignals } from './lifecycle/shutdown-signals';
export {
  DEFAULT_PAGE_SIZE,
  InvalidSortError,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  pageWindow,
  toOrderBy,
  toPage,
  type OrderBy,
  type Page,
  type PageMeta,
  type PageRequest,
  type SortDirection,
} from './pagination/page';
export { describeStartupError } from './lifecycle/describe-startup-error';
export { AppCacheModule } from './cache/app-cache.module';
export { currentRequestId, runWithRequestId } from './logging/request-context';
export {
  QUEUE_NAMES,
  Queues,
  backoffDelayMs,
  defineJob,
  type JobDefinition,
  type JobName,
  type JobPayloads,
  type QueueName,
} from './jobs/job-contract';
export { HandlesJob, type JobContext, type JobHandler } from './jobs/job-handler';
export { UnrunnableJobError } from './jobs/job-errors';
export { JobRecord } from './jobs/job-record.entity';
export { JobStatus } from './jobs/job-status';
export { JobBus, type EnqueueOptions, type StagedJob } from './jobs/job-bus';
export { JobTransport, type QueueCounts, type QueuedJob } from './jobs/job-transport';
export { JobSweeper, type SweepResult } from './jobs/job-sweeper';
export { SweepJobsJob } from './jobs/sweep-jobs.job';
export { JobsModule, type JobsRole } from './jobs/jobs.module';
export { ANY_JOB, type BullJobData } from './jobs/bull/bull-job-data';
export { BullJobConsumer } from './jobs/bull/bull-job-consumer';
export { BullQueues } from './jobs/bull/bull-queues';
