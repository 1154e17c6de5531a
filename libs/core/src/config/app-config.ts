import { isAbsolute, resolve } from 'node:path';
import { EnvironmentVariables, LogLevel, NodeEnv } from './environment';
import { splitList } from './environment.validators';

export const IN_MEMORY_DB = 'memory://';

export type DatabaseConfig =
  | { readonly kind: 'postgres'; readonly url: string; readonly poolMax: number; readonly migrateOnStart: boolean }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly migrateOnStart: boolean };

/**
 * The validated configuration, grouped by concern. Injected by class, so a
 * consumer asks for `AppConfig` and gets types rather than string keys.
 */
export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly bodyLimitBytes: number;
    readonly corsOrigins: readonly string[];
    readonly trustProxy: boolean;
    readonly docsEnabled: boolean;
    readonly shutdownTimeoutMs: number;
  };
  readonly database: DatabaseConfig;
  readonly redis: { readonly url: string } | null;
  readonly log: { readonly level: LogLevel; readonly pretty: boolean };
  readonly jwt: {
    readonly accessSecret: string;
    readonly refreshSecret: string;
    readonly accessTtlSeconds: number;
    readonly refreshTtlDays: number;
  };
  readonly rateLimit: { readonly perMinute: number; readonly authPerMinute: number };
  readonly seedDemoUsers: boolean;
  readonly jobs: {
    readonly lockDurationMs: number;
    readonly stalledIntervalMs: number;
    readonly maxStalledCount: number;
    readonly sweepIntervalMs: number;
    readonly sweepAfterMs: number;
    readonly keepCompleted: number;
    readonly keepFailed: number;
  };
  readonly worker: {
    readonly healthPort: number;
    readonly concurrency: { readonly notifications: number; readonly grading: number; readonly reports: number };
  };
  readonly mail: { readonly from: string; readonly smtpUrl: string | null; readonly outboxDir: string | null };

  constructor(env: EnvironmentVariables, cwd: string = process.cwd()) {
    this.nodeEnv = env.NODE_ENV;
    this.http = {
      host: env.HOST,
      port: env.PORT,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      corsOrigins: splitList(env.CORS_ORIGINS),
      trustProxy: env.TRUST_PROXY,
      docsEnabled: env.DOCS_ENABLED,
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    };
    this.database =
      env.DATABASE_URL !== undefined
        ? {
            kind: 'postgres',
            url: env.DATABASE_URL,
            poolMax: env.DATABASE_POOL_MAX,
            migrateOnStart: env.DATABASE_MIGRATE_ON_START ?? false,
          }
        : {
            kind: 'embedded',
            dataDir:
              env.EMBEDDED_DB_DIR === IN_MEMORY_DB || isAbsolute(env.EMBEDDED_DB_DIR)
                ? env.EMBEDDED_DB_DIR
                : resolve(cwd, env.EMBEDDED_DB_DIR),
            migrateOnStart: env.DATABASE_MIGRATE_ON_START ?? true,
          };
    this.redis = env.REDIS_URL !== undefined ? { url: env.REDIS_URL } : null;
    this.log = {
      level: env.LOG_LEVEL ?? (env.NODE_ENV === NodeEnv.Test ? LogLevel.Silent : LogLevel.Info),
      pretty: env.NODE_ENV === NodeEnv.Development,
    };
    // Production cannot reach these fallbacks: validation requires both secrets there.
    this.jwt = {
      accessSecret: env.JWT_ACCESS_SECRET ?? 'development-only-access-secret-change-me',
      refreshSecret: env.JWT_REFRESH_SECRET ?? 'development-only-refresh-secret-change-me',
      accessTtlSeconds: env.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    };
    this.rateLimit = { perMinute: env.RATE_LIMIT_PER_MINUTE, authPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE };
    this.seedDemoUsers =
      env.SEED_DEMO_USERS ?? (env.NODE_ENV === NodeEnv.Development && this.database.kind === 'embedded');
    this.jobs = {
      lockDurationMs: env.JOBS_LOCK_DURATION_MS,
      stalledIntervalMs: env.JOBS_STALLED_INTERVAL_MS,
      maxStalledCount: env.JOBS_MAX_STALLED_COUNT,
      sweepIntervalMs: env.JOBS_SWEEP_INTERVAL_MS,
      sweepAfterMs: env.JOBS_SWEEP_AFTER_MS,
      keepCompleted: env.JOBS_KEEP_COMPLETED,
      keepFailed: env.JOBS_KEEP_FAILED,
    };
    this.worker = {
      healthPort: env.WORKER_HEALTH_PORT,
      concurrency: {
        notifications: env.WORKER_CONCURRENCY_NOTIFICATIONS,
        grading: env.WORKER_CONCURRENCY_GRADING,
        reports: env.WORKER_CONCURRENCY_REPORTS,
      },
    };
    this.mail = {
      from: env.MAIL_FROM,
      smtpUrl: env.SMTP_URL ?? null,
      outboxDir: env.MAIL_OUTBOX_DIR === undefined ? null : resolve(cwd, env.MAIL_OUTBOX_DIR),
    };
  }

  get isProduction(): boolean {
    return this.nodeEnv === NodeEnv.Production;
  }
}
