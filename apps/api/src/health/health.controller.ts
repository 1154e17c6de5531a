import { Controller, Get, Inject, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorFunction,
  MikroOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '@prodev/auth';
import { REDIS_CLIENT, RedisHealthIndicator, type RedisClient } from '@prodev/core';

const DATABASE_TIMEOUT_MS = 3_000;

/** Probes for load balancers and orchestrators, outside /api/v1. */
@ApiTags('health')
@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  private readonly readinessChecks: HealthIndicatorFunction[];

  constructor(
    private readonly health: HealthCheckService,
    database: MikroOrmHealthIndicator,
    redisHealth: RedisHealthIndicator,
    @Inject(REDIS_CLIENT) redis: RedisClient,
  ) {
    this.readinessChecks = [
      () => database.pingCheck('database', { timeout: DATABASE_TIMEOUT_MS }),
      ...(redis !== null ? [() => redisHealth.pingCheck('redis')] : []),
    ];
  }

  @Get('live')
  @HealthCheck()
  @ApiOperation({ summary: 'The process is up (no dependency is asked)' })
  checkLiveness(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Every configured dependency answers; 503 names the ones that do not' })
  checkReadiness(): Promise<HealthCheckResult> {
    return this.health.check(this.readinessChecks);
  }
}
