import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export const TAG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CreateLessonDto {
  @ApiProperty({ example: 'Status codes', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ description: 'Markdown', maxLength: 200_000 })
  @IsString()
  @MaxLength(200_000)
  content!: string;

  @ApiProperty({ minimum: 1, maximum: 1000, example: 30 })
  @IsInt()
  @Min(1)
  @Max(1000)
  estimatedMinutes!: number;

  @ApiProperty({
    type: [String],
    example: ['http', 'rest'],
    description: 'Lower-case slugs (at most 40 characters); new names create tags',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  @Matches(TAG_PATTERN, { each: true, message: 'each tag must be a lower-case slug such as "http-basics"' })
  tags!: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Lessons of the same program to complete first' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  prerequisiteLessonIds!: string[];

  @ApiPropertyOptional({ minimum: 1, description: '1-based within the module; at the end when absent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  position?: number;
}
