import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProbeModule } from '../support/probe.module';
import { createTestApp } from '../support/test-app';

const PROBLEM_JSON = /^application\/problem\+json/;

describe('HTTP basics', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp(
      { BODY_LIMIT_BYTES: '2048', CORS_ORIGINS: 'https://app.example.com' },
      { imports: [ProbeModule] },
    );
  });

  afterAll(async () => {
    await app.close();
  });

  describe('problem+json errors', () => {
    it('answers an unknown route with a 404 problem carrying the request id', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/nothing' });

      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.json()).toEqual({
        type: 'https://prodev.academy/problems/http-not-found',
        title: 'Not Found',
        status: 404,
        detail: 'Cannot GET /api/v1/nothing',
        instance: '/api/v1/nothing',
        requestId: res.headers['x-request-id'],
        code: 'HTTP.NOT_FOUND',
      });
    });

    it('answers malformed JSON with a 400 problem, not a 500', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        headers: { 'content-type': 'application/json' },
        payload: '{bad',
      });

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.json()).toMatchObject({
        status: 400,
        code: 'HTTP.BAD_REQUEST',
        detail: expect.stringMatching(/not valid JSON/),
      });
    });

    it('answers a POST of garbage to an unknown route with a problem (the acceptance curl)', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/nothing',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '{bad',
      });

      expect([400, 404]).toContain(res.statusCode);
      expect(res.json()).toHaveProperty('requestId', res.headers['x-request-id']);
    });

    it('refuses a body over the size limit with 413', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'a@example.com', padding: 'x'.repeat(4096) }),
      });

      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ status: 413, title: 'Payload Too Large' });
    });

    it('refuses an unsupported media type with 415', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        headers: { 'content-type': 'application/xml' },
        payload: '<probe/>',
      });

      expect(res.statusCode).toBe(415);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    });

    it('lists every invalid field, nested ones by dotted path, and rejects unknown fields', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        payload: { email: 'not-an-email', count: 11, address: { city: 'X' }, isAdmin: true },
      });

      expect(res.statusCode).toBe(400);
      const body = res.json<{ code: string; errors: { field: string; message: string }[] }>();
      expect(body.code).toBe('VALIDATION.FAILED');
      expect(body.errors.map((error) => error.field).sort()).toEqual(['address.city', 'count', 'email', 'isAdmin']);
      expect(body.errors).toContainEqual({ field: 'isAdmin', message: 'property isAdmin should not exist' });
    });

    it('passes a valid body through, transformed to its DTO', async () => {
      const payload = { email: 'ada@example.com', count: 3, address: { city: 'London' } };

      const res = await app.inject({ method: 'POST', url: '/api/v1/probe/echo', payload });

      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual(payload);
    });

    it('maps a domain error to its status and stable code', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/probe/conflict' });

      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        type: 'https://prodev.academy/problems/probe-full',
        code: 'PROBE.FULL',
        detail: 'The probe is full',
      });
    });

    it('hides internals behind a generic 500', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/probe/crash' });

      expect(res.statusCode).toBe(500);
      expect(res.json()).toMatchObject({ status: 500, code: 'INTERNAL', detail: 'An unexpected error occurred' });
      expect(res.body).not.toMatch(/secret internal detail|db\.ts|at /);
    });
  });

  describe('request id', () => {
    it('echoes a well-formed X-Request-Id', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/health/live',
        headers: { 'x-request-id': 'client-abc.123' },
      });

      expect(res.headers['x-request-id']).toBe('client-abc.123');
    });

    it('generates a UUID when none is sent', async () => {
      const res = await app.inject({ method: 'GET', url: '/health/live' });

      expect(res.headers['x-request-id']).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    });

    it('replaces an id that could inject into logs or headers', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/nothing',
        headers: { 'x-request-id': '<script>alert(1)</script>' },
      });

      expect(res.headers['x-request-id']).not.toContain('<');
      expect(res.json()).toHaveProperty('requestId', res.headers['x-request-id']);
    });
  });

  describe('security headers and CORS', () => {
    it('sends helmet headers', async () => {
      const res = await app.inject({ method: 'GET', url: '/health/live' });

      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': expect.stringContaining('max-age='),
      });
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    });

    it('allows an origin on the allowlist', async () => {
      const res = await app.inject({
        method: 'OPTIONS',
        url: '/api/v1/probe/echo',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
      });

      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    });

    it('does not allow an origin off the allowlist', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/health/live',
        headers: { origin: 'https://evil.example.com' },
      });

      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
