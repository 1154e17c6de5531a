import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email', description: 'Dotted path of the offending field' })
  field!: string;

  @ApiProperty({ example: 'email must be an email' })
  message!: string;
}

/** RFC 9457 problem details, the body of every error response. */
export class ProblemDetailsDto {
  @ApiProperty({
    example: 'https://prodev.academy/problems/validation-failed',
    description: 'Identifies the problem type',
  })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'The request body is invalid' })
  detail!: string;

  @ApiProperty({ example: '/api/v1/programs', description: 'The request path' })
  instance!: string;

  @ApiProperty({ example: '2c1f5a0e-7b8e-4c1a-9d8e-0a6f1f5b9c2d', description: 'Also sent as X-Request-Id' })
  requestId!: string;

  @ApiProperty({ example: 'VALIDATION.FAILED', description: 'Stable machine-readable code' })
  code!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Every invalid field, for validation errors' })
  errors?: FieldErrorDto[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
