import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProgramLevel } from '@prodev/curriculum';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CreateProgramDto {
  @ApiProperty({ example: 'backend-foundations', pattern: SLUG_PATTERN.source, maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters and digits separated by single hyphens' })
  slug!: string;

  @ApiProperty({ example: 'Backend foundations', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  summary!: string;

  @ApiProperty({ enum: ProgramLevel, enumName: 'ProgramLevel' })
  @IsEnum(ProgramLevel)
  level!: ProgramLevel;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  published?: boolean;
}
