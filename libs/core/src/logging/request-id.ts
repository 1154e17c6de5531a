import type { IncomingHttpHeaders } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

// Letters, digits and a few separators: an id echoed into logs and headers
// must not be able to inject lines or markup.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's X-Request-Id when it is safe to echo, else undefined. */
export function readRequestId(headers: IncomingHttpHeaders): string | undefined {
  const value = headers[REQUEST_ID_HEADER];
  const id = Array.isArray(value) ? value[0] : value;
  return id !== undefined && SAFE_REQUEST_ID.test(id) ? id : undefined;
}

/**
 * Picks the request's id (the client's when safe, else a new UUID) and writes
 * it back to the headers, so the HTTP framework and the request logger, which
 * each ask for an id, agree on one.
 */
export function assignRequestId(req: { headers: IncomingHttpHeaders }, generate: () => string): string {
  const id = readRequestId(req.headers) ?? generate();
  req.headers[REQUEST_ID_HEADER] = id;
  return id;
}
