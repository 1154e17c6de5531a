import { MikroORM, RequestContext } from '@mikro-orm/core';
import { ForbiddenException, Injectable } from '@nestjs/common';
import {
  AccessTokenVerifier,
  AuthenticationRequiredError,
  AuthService,
  InsufficientRoleError,
  Role,
} from '@prodev/auth';
import { AppConfig, DomainError } from '@prodev/core';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { parseAuthorizationHeader } from './authorization-header';
import { BasicLoginThrottledException } from './basic-login-throttled.exception';
import { VerifiedCredentialsCache } from './verified-credentials-cache';

// Long enough to spare argon2 on the dashboard's polling, short enough that a demoted admin is out within a minute.
const BASIC_CACHE_TTL_MS = 60_000;
const BASIC_CACHE_MAX_ENTRIES = 1_000;
// Basic first, so a browser prompts for an admin's email and password.
const CHALLENGE = 'Basic realm="queues"';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BASIC_ATTEMPTS_WINDOW_MS = 60_000;

interface DashboardCaller {
  readonly role: Role;
}

/**
 * Admin-only access to the queue dashboard. Bull-board's routes are plain
 * Fastify routes that Nest's global guards never see, so this runs as their
 * `onRequest` hook: a bearer access token (checked as the API checks it) or an
 * admin's email and password over Basic, for a browser.
 */
@Injectable()
export class QueueDashboardAuth {
  private readonly verifiedBasic = new VerifiedCredentialsCache<DashboardCaller>(
    BASIC_CACHE_TTL_MS,
    BASIC_CACHE_MAX_ENTRIES,
  );

  constructor(
    private readonly orm: MikroORM,
    private readonly tokens: AccessTokenVerifier,
    private readonly auth: AuthService,
    private readonly problems: ProblemDetailsFilter,
    private readonly config: AppConfig,
    @InjectThrottlerStorage() private readonly throttler: ThrottlerStorage,
  ) {}

  /** Answers 401/403 as problem+json and ends the request, or lets it through to the dashboard. */
  readonly onRequest = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    try {
      await this.authorize(request);
      return undefined;
    } catch (error) {
      if (error instanceof BasicLoginThrottledException) void reply.header('retry-after', error.retryAfterSeconds);
      if (error instanceof DomainError && error.kind === 'unauthenticated')
        void reply.header('www-authenticate', CHALLENGE);
      this.problems.respond(error, request, reply);
      return reply;
    }
  };

  private async authorize(request: FastifyRequest): Promise<void> {
    const header = request.headers.authorization;
    const credentials = parseAuthorizationHeader(header);
    if (header === undefined || credentials === null) throw new AuthenticationRequiredError();
    const caller =
      credentials.scheme === 'bearer'
        ? await this.fromAccessToken(credentials.token)
        : await this.fromPassword(request.ip, header, credentials.email, credentials.password);
    if (caller.role !== Role.Admin) throw new InsufficientRoleError();
    // A browser resends cached Basic credentials on a cross-site form post: without this, any page
    // an admin visits could empty or retry queues in their name.
    if (!SAFE_METHODS.has(request.method) && isCrossSite(request)) {
      throw new ForbiddenException('The queue dashboard accepts changes only from its own pages');
    }
  }

  private async fromAccessToken(token: string): Promise<DashboardCaller> {
    const caller = await this.inOrmContext(() => this.tokens.verify(token));
    if (caller === null) throw new AuthenticationRequiredError();
    return caller;
  }

  private async fromPassword(ip: string, header: string, email: string, password: string): Promise<DashboardCaller> {
    const cached = this.verifiedBasic.get(header);
    if (cached !== undefined) return cached;
    await this.countPasswordCheck(ip);
    const user = await this.inOrmContext(() => this.auth.verifyCredentials(email, password));
    const caller: DashboardCaller = { role: user.role };
    this.verifiedBasic.set(header, caller);
    return caller;
  }

  /**
   * The login routes' budget (AUTH_RATE_LIMIT_PER_MINUTE per client) for the
   * password checks Basic makes, in the throttler's own storage (Redis, which
   * the dashboard always has), so guessing passwords here is no cheaper than
   * at POST /auth/login. Cached successes do not count.
   */
  private async countPasswordCheck(ip: string): Promise<void> {
    const { isBlocked, timeToBlockExpire } = await this.throttler.increment(
      `queue-dashboard-basic:${ip}`,
      BASIC_ATTEMPTS_WINDOW_MS,
      this.config.rateLimit.authPerMinute,
      BASIC_ATTEMPTS_WINDOW_MS,
      'queue-dashboard-basic',
    );
    if (isBlocked) throw new BasicLoginThrottledException(Math.max(1, timeToBlockExpire));
  }

  /** Outside Nest's pipeline there is no request context; the auth services need one of their own. */
  private inOrmContext<T>(work: () => Promise<T>): Promise<T> {
    return RequestContext.create(this.orm.em, work);
  }
}

/** Browsers say where a request came from; clients that send no Sec-Fetch-Site (curl, scripts) are not browsers. */
function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}
