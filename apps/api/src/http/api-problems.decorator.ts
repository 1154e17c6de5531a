import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDetailsDto } from './problem-details';

const DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Invalid input: every bad field is listed in `errors`',
  401: 'Missing, invalid or expired credentials',
  403: 'Your role or ownership does not allow this',
  404: 'Not found',
  409: 'Conflicts with the current state',
  422: 'A business rule refuses the request',
  429: 'Too many requests; see Retry-After',
};

/** Documents error responses as RFC 9457 problems, so generated clients type them. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
      }),
    ),
  );
}
