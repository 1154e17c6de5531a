import SwaggerParser from '@apidevtools/swagger-parser';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIV3 } from 'openapi-types';
import { createTestApp } from '../support/test-app';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

interface Operation {
  path: string;
  method: string;
  operationId?: string;
  operation: OpenAPIV3.OperationObject;
}

function operationsOf(document: OpenAPIV3.Document): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item?.[method];
      return operation === undefined ? [] : [{ path, method, operationId: operation.operationId, operation }];
    }),
  );
}

const label = ({ method, path }: Operation): string => `${method.toUpperCase()} ${path}`;

/** JSON pointers of every `enum` in `node`, wherever it sits. */
function enumLocations(node: unknown, pointer: string): string[] {
  if (node === null || typeof node !== 'object') return [];
  const here = !Array.isArray(node) && 'enum' in node ? [pointer] : [];
  return [...here, ...Object.entries(node).flatMap(([key, child]) => enumLocations(child, `${pointer}/${key}`))];
}

/** Statuses whose response has no body by definition. */
const BODYLESS = new Set(['204', '304']);

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

  it('tags every operation, so generated SDKs group them', () => {
    const untagged = operationsOf(document).filter(({ operation }) => (operation.tags ?? []).length === 0);

    expect(untagged.map(label)).toEqual([]);
  });

  it('types every success response body', () => {
    const untyped = operationsOf(document).flatMap((op) =>
      Object.entries(op.operation.responses)
        .filter(([status]) => /^2\d\d$/.test(status) && !BODYLESS.has(status))
        .filter(([, response]) => {
          const content = (response as OpenAPIV3.ResponseObject).content ?? {};
          return Object.values(content).every((media) => media.schema === undefined);
        })
        .map(([status]) => `${label(op)} ${status}`),
    );

    expect(untyped).toEqual([]);
  });

  it('names every enum as a shared schema (enumName), so clients get one type per enum', () => {
    const inline = enumLocations(document, '#').filter((pointer) => !/^#\/components\/schemas\/[^/]+$/.test(pointer));

    expect(inline).toEqual([]);
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['Role', 'ProgramLevel', 'EnrollmentStatus']),
    );
  });

  it('documents the errors of every operation: problem+json under /api, 401 wherever a token is required', () => {
    const problems: string[] = [];
    for (const op of operationsOf(document)) {
      const errors = Object.entries(op.operation.responses).filter(([status]) => /^[45]\d\d$/.test(status));
      if (errors.length === 0) problems.push(`${label(op)}: no error response`);
      if (!op.path.startsWith('/api/')) continue;
      for (const [status, response] of errors) {
        const schema = (response as OpenAPIV3.ResponseObject).content?.['application/problem+json']?.schema;
        if ((schema as OpenAPIV3.ReferenceObject | undefined)?.$ref !== '#/components/schemas/ProblemDetailsDto') {
          problems.push(`${label(op)} ${status}: not application/problem+json ProblemDetailsDto`);
        }
      }
      const tokenRequired = (op.operation.security ?? []).every((requirement) => Object.keys(requirement).length > 0);
      if (op.operation.security !== undefined && tokenRequired && !('401' in op.operation.responses)) {
        problems.push(`${label(op)}: requires a token but documents no 401`);
      }
    }

    expect(problems).toEqual([]);
  });

  it('documents the RFC 9457 problem shape for generated clients', () => {
    expect(document.components?.schemas?.ProblemDetailsDto).toMatchObject({
      required: expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'requestId', 'code']),
    });
  });
});
