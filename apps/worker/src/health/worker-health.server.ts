import { createServer, type Server } from 'node:http';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@prodev/core';
import { WorkerReadiness } from '../worker-readiness';

/**
 * The worker's probe for orchestrators: `GET /health/live` (the process
 * answers) and `GET /health/ready` (PostgreSQL and Redis answer, and the worker
 * is not shutting down), on WORKER_HEALTH_PORT. A bare node:http server: the
 * worker has no web framework and needs none for two routes.
 */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WorkerHealth');
  private server: Server | undefined;
  private draining = false;

  constructor(
    private readonly config: AppConfig,
    private readonly readiness: WorkerReadiness,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { healthPort } = this.config.worker;
    if (healthPort === 0) return;
    const server = createServer((req, res) => {
      void this.answer(req.method ?? 'GET', req.url ?? '/').then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(body));
      });
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(healthPort, this.config.http.host, () => resolve());
    });
    this.logger.log(`Health endpoint on http://${this.config.http.host}:${healthPort}/health/ready`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.draining = true;
    const server = this.server;
    if (server === undefined) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(method: string, url: string): Promise<{ status: number; body: object }> {
    if (method !== 'GET') return { status: 405, body: { status: 'error', detail: 'Only GET is served' } };
    const path = url.split('?')[0];
    if (path === '/health/live') return { status: 200, body: { status: 'ok' } };
    if (path !== '/health/ready') return { status: 404, body: { status: 'error', detail: 'Not found' } };
    if (this.draining) return { status: 503, body: { status: 'error', detail: 'Shutting down' } };
    const report = await this.readiness.report();
    return { status: report.ready ? 200 : 503, body: { status: report.ready ? 'ok' : 'error', checks: report.checks } };
  }
}
