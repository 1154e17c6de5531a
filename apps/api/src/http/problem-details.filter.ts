import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, type DomainErrorKind, type FieldProblem } from '@prodev/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type ProblemDetailsDto } from './problem-details';
import { RequestValidationException } from './request-validation.exception';

type Problem = Omit<ProblemDetailsDto, 'instance' | 'requestId' | 'type'> & { checks?: Record<string, unknown> };

const TYPE_BASE = 'https://prodev.academy/problems/';

function statusOf(kind: DomainErrorKind): number {
  switch (kind) {
    case 'invalid':
      return HttpStatus.BAD_REQUEST;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'rule_violation':
      return HttpStatus.UNPROCESSABLE_ENTITY;
  }
}

function titleOf(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  if (name === undefined) return status >= 500 ? 'Server Error' : 'Client Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** `HTTP.NOT_FOUND` for plain HTTP statuses. */
function httpCode(status: number): string {
  return `HTTP.${(HttpStatus[status] as string | undefined) ?? status}`;
}

/** Errors raised by Fastify itself (body parsing, size, media type) carry a 4xx `statusCode`. */
interface FrameworkClientError {
  statusCode: number;
  message: string;
}

function isFrameworkClientError(error: unknown): error is FrameworkClientError {
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

/** Terminus' readiness failure body: which dependency is down and why. */
interface HealthFailure {
  status: 'error';
  error?: Record<string, unknown>;
  details: Record<string, unknown>;
}

function isHealthFailure(body: unknown): body is HealthFailure {
  return (
    typeof body === 'object' && body !== null && (body as { status?: unknown }).status === 'error' && 'details' in body
  );
}

function fromHttpException(exception: HttpException): Problem {
  const status = exception.getStatus();
  const body = exception.getResponse();
  if (isHealthFailure(body)) {
    const failing = Object.keys(body.error ?? {});
    return {
      status,
      title: titleOf(status),
      code: 'HEALTH.NOT_READY',
      detail: `Not ready: ${failing.join(', ') || 'unknown dependency'} unavailable`,
      checks: body.details,
    };
  }
  return { status, title: titleOf(status), code: httpCode(status), detail: exception.message };
}

/**
 * Turns every error into RFC 9457 application/problem+json. Client mistakes
 * keep their 4xx; anything unexpected becomes a 500 whose body says nothing
 * about internals (the stack goes to the log, tagged with the request id).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.respond(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }

  /** Also for plain Fastify routes (hooks outside Nest's pipeline), so every error body looks the same. */
  respond(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const problem = this.toProblem(exception);
    if (problem.status >= 500 && problem.code !== 'HEALTH.NOT_READY') {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    // RFC 6750: a 401 names the scheme the client should use, unless the route already named its own.
    if (problem.status === 401 && !reply.hasHeader('www-authenticate')) {
      void reply.header('www-authenticate', 'Bearer realm="prodev-academy"');
    }
    const slug = problem.code.toLowerCase().replace(/[._]/g, '-');
    void reply
      .status(problem.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send({
        type: `${TYPE_BASE}${slug}`,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        instance: request.url.split('?')[0],
        requestId: request.id,
        code: problem.code,
        ...(problem.errors !== undefined ? { errors: problem.errors } : {}),
        ...(problem.checks !== undefined ? { checks: problem.checks } : {}),
      });
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof RequestValidationException) {
      return this.validation(exception.fieldProblems);
    }
    if (exception instanceof DomainError) {
      const status = statusOf(exception.kind);
      return {
        status,
        title: titleOf(status),
        code: exception.code,
        detail: exception.message,
        ...(exception.fieldProblems.length > 0 ? { errors: [...exception.fieldProblems] } : {}),
      };
    }
    if (exception instanceof HttpException) {
      return fromHttpException(exception);
    }
    if (isFrameworkClientError(exception)) {
      const status = exception.statusCode;
      return {
        status,
        title: titleOf(status),
        code: httpCode(status),
        detail: exception.message,
      };
    }
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    return { status, title: titleOf(status), code: 'INTERNAL', detail: 'An unexpected error occurred' };
  }

  private validation(errors: readonly FieldProblem[]): Problem {
    const status = HttpStatus.BAD_REQUEST;
    return {
      status,
      title: titleOf(status),
      code: 'VALIDATION.FAILED',
      detail: `${errors.length} invalid field(s): ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
      errors: [...errors],
    };
  }
}
