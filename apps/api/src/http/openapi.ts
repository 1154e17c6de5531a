import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { FieldErrorDto, ProblemDetailsDto } from './problem-details';

export const BEARER_AUTH = 'bearer';

/**
 * Builds the OpenAPI document. operationIds are the handler names
 * (`listPrograms`), so generated clients read like the API rather than
 * `ProgramsController_findAll`; a spec keeps them unique.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('ProDev Academy API')
    .setDescription(
      'Curriculum, assessments and people of the ProDev backend-engineering program. ' +
        'Errors are RFC 9457 application/problem+json; lists are paginated as {data, meta}.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_AUTH)
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
    extraModels: [ProblemDetailsDto, FieldErrorDto],
  });
}

/** Swagger UI at /docs and the JSON document at /docs-json; must run before `app.init()`. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
    useGlobalPrefix: false,
    swaggerOptions: { persistAuthorization: true },
  });
}
