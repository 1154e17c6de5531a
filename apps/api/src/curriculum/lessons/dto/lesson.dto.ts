import { ApiProperty, OmitType } from '@nestjs/swagger';

export class LessonDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  programId!: string;

  @ApiProperty({ format: 'uuid' })
  moduleId!: string;

  @ApiProperty({ example: 'Status codes' })
  title!: string;

  @ApiProperty({ description: 'Markdown' })
  content!: string;

  @ApiProperty({ example: 30, minimum: 1, maximum: 1000 })
  estimatedMinutes!: number;

  @ApiProperty({ example: 1, description: '1-based, gap-free within the module' })
  position!: number;

  @ApiProperty({ type: [String], example: ['http', 'rest'] })
  tags!: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Lessons of the same program to complete first' })
  prerequisiteLessonIds!: string[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

/** A lesson in lists, without its content. */
export class LessonSummaryDto extends OmitType(LessonDto, ['content'] as const) {}
