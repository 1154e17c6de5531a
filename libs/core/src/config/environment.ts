import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsOriginList, IsUrlWithProtocol } from './environment.validators';

export enum NodeEnv {
  Development = 'development',
  Test = 'test',
  Production = 'production',
}

export enum LogLevel {
  Fatal = 'fatal',
  Error = 'error',
  Warn = 'warn',
  Info = 'info',
  Debug = 'debug',
  Trace = 'trace',
  Silent = 'silent',
}

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
  if (['false', '0', 'no', 'off'].includes(normalised)) return false;
  return value;
};

const isProduction = (env: EnvironmentVariables): boolean => env.NODE_ENV === NodeEnv.Production;
/** Optional in development and test, required in production. */
const requiredInProduction = (env: EnvironmentVariables, value: unknown): boolean =>
  isProduction(env) || value !== undefined;

const REQUIRED_IN_PRODUCTION = { message: 'is required when NODE_ENV=production' };
const SECRET_MIN_LENGTH = 32;

/**
 * Every variable either app reads, as it arrives in the environment (strings).
 * Defaults here are the safe ones; `buildAppConfig` adds development-only
 * defaults (JWT secrets) that production must never use.
 */
export class EnvironmentVariables {
  /** Selects the profile: production requires real services and secrets. */
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.Development;

  /** HTTP port of the API. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Interface the API listens on; 0.0.0.0 so containers are reachable. */
  @IsString()
  @IsNotEmpty()
  HOST = '0.0.0.0';

  /** PostgreSQL connection URL. Unset: the embedded PGlite database. */
  @ValidateIf(requiredInProduction)
  @IsDefined(REQUIRED_IN_PRODUCTION)
  @IsUrlWithProtocol(['postgres:', 'postgresql:'])
  DATABASE_URL?: string;

  /** Largest pool of connections to DATABASE_URL (the embedded database always uses one). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_MAX = 10;

  /** Apply pending migrations when the API starts. Default: only on the embedded database. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DATABASE_MIGRATE_ON_START?: boolean;

  /** Data folder of the embedded database; `memory://` keeps it in memory. */
  @IsString()
  @IsNotEmpty()
  EMBEDDED_DB_DIR = '.data/pglite';

  /** Redis URL for cache, rate limits and queues. Unset: in-memory, jobs in-process. */
  @ValidateIf(requiredInProduction)
  @IsDefined(REQUIRED_IN_PRODUCTION)
  @IsUrlWithProtocol(['redis:', 'rediss:'])
  REDIS_URL?: string;

  /** pino level; tests default to silent. */
  @IsOptional()
  @IsEnum(LogLevel)
  LOG_LEVEL?: LogLevel;

  /** Comma-separated browser origins allowed by CORS, e.g. `https://app.example.com`. */
  @IsOriginList()
  CORS_ORIGINS = '';

  /** Secret that signs access tokens (at least 32 characters). */
  @ValidateIf(requiredInProduction)
  @IsDefined(REQUIRED_IN_PRODUCTION)
  @IsString()
  @MinLength(SECRET_MIN_LENGTH)
  JWT_ACCESS_SECRET?: string;

  /** Secret for refresh-token hashing; must differ from the access secret. */
  @ValidateIf(requiredInProduction)
  @IsDefined(REQUIRED_IN_PRODUCTION)
  @IsString()
  @MinLength(SECRET_MIN_LENGTH)
  JWT_REFRESH_SECRET?: string;

  /** Lifetime of an access token, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(24 * 3600)
  JWT_ACCESS_TTL_SECONDS = 900;

  /** Absolute lifetime of a login (a refresh-token family), in days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Requests per minute per client on /auth/login and /auth/register (per IP, and per email on login). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  AUTH_RATE_LIMIT_PER_MINUTE = 10;

  /** Requests per minute per client on everything else. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Create demo admin/mentor/learner accounts. Default: on for the embedded development database only. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_USERS?: boolean;

  /** Largest accepted request body, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /** How long a graceful shutdown may take before the process is ended. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  /** Serve Swagger UI at /docs and the document at /docs-json. */
  @Transform(toBoolean)
  @IsBoolean()
  DOCS_ENABLED = true;

  /** Trust X-Forwarded-* from a reverse proxy (set behind a load balancer). */
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  /** Notification jobs one worker process runs at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY_NOTIFICATIONS = 5;

  /** Grading jobs (quiz attempts, deadline auto-submits) one worker process runs at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY_GRADING = 5;

  /** Report builds (grade book exports) one worker process runs at once; each reads a whole cohort. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  WORKER_CONCURRENCY_REPORTS = 2;

  /** Port of the worker's readiness endpoint (`GET /health/ready`); 0 turns it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65_535)
  WORKER_HEALTH_PORT = 3001;

  /** How long a worker's lock on an active job lasts; an unrenewed lock marks the job stalled. */
  @Transform(toInt)
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  JOBS_LOCK_DURATION_MS = 30_000;

  /** How often workers look for stalled jobs (a killed worker's) and put them back in the queue. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(600_000)
  JOBS_STALLED_INTERVAL_MS = 30_000;

  /** Times a job may stall before Bull fails it (the sweeper still brings it back while it is pending). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  JOBS_MAX_STALLED_COUNT = 2;

  /** How often the sweeper looks for pending jobs that no queue holds. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(24 * 3600 * 1000)
  JOBS_SWEEP_INTERVAL_MS = 60_000;

  /** A job still pending this long after it was due is re-enqueued by the sweeper. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(7 * 24 * 3600 * 1000)
  JOBS_SWEEP_AFTER_MS = 300_000;

  /** Completed jobs Bull keeps per queue for inspection. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  JOBS_KEEP_COMPLETED = 1_000;

  /** Failed jobs Bull keeps per queue for inspection. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  JOBS_KEEP_FAILED = 5_000;

  /** SMTP server for email, e.g. `smtps://user:pass@smtp.example.com:465`. Unset: see MAIL_OUTBOX_DIR. */
  @IsOptional()
  @IsUrlWithProtocol(['smtp:', 'smtps:'])
  SMTP_URL?: string;

  /** Without SMTP_URL: write each email as a JSON file in this folder (tests read it); unset, log it. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  MAIL_OUTBOX_DIR?: string;

  /** Sender of every email. */
  @IsString()
  @IsNotEmpty()
  MAIL_FROM = 'ProDev Academy <no-reply@prodev.academy>';
}
