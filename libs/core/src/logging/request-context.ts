import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { readRequestId } from './request-id';

interface RequestContextStore {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/** The id of the HTTP request (or job) this code runs for, if any. */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

export function runWithRequestId<T>(requestId: string | null, work: () => T): T {
  return requestId === null ? work() : storage.run({ requestId }, work);
}

/**
 * Makes the request id readable anywhere below the controller (a job enqueued
 * by a domain event carries it to the worker's logs). Fastify's genReqId has
 * already written the chosen id into the header.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: IncomingMessage, _res: ServerResponse, next: () => void): void {
    runWithRequestId(readRequestId(req.headers) ?? null, next);
  }
}
