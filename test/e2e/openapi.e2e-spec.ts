import SwaggerParser from '@apidevtools/swagger-parser';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIV3 } from 'openapi-types';
import { createTestApp } from '../support/test-app';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

function operationsOf(document: OpenAPIV3.Document): { path: string; method: string; operationId?: string }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item?.[method] !== undefined).map((method) => ({
      path,
      method,
      operationId: item?.[method]?.operationId,
    })),
  );
}

describe('OpenAPI', () => {
  let app: NestFastifyApplication;
  let document: OpenAPIV3.Document;

  beforeAll(async () => {
    app = await createTestApp();
    document = (await app.inject({ method: 'GET', url: '/docs-json' })).json<OpenAPIV3.Document>();
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs' });

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('swagger-ui');
  });

  it('serves a valid OpenAPI 3 document at /docs-json', async () => {
    expect(document.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('declares bearer JWT auth', () => {
    expect(document.components?.securitySchemes?.bearer).toEqual({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
  });

  it('names every operation with a unique camelCase verb+noun, not Controller_method', () => {
    const ids = operationsOf(document).map((operation) => operation.operationId);

    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[a-z]+[A-Z][A-Za-z]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents the RFC 9457 problem shape for generated clients', () => {
    expect(document.components?.schemas?.ProblemDetailsDto).toMatchObject({
      required: expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'requestId', 'code']),
    });
  });
});
