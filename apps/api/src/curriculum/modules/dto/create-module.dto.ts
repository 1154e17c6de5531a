import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CreateModuleDto {
  @ApiProperty({ example: 'HTTP and REST', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  summary!: string;

  @ApiPropertyOptional({
    minimum: 1,
    description: '1-based; at the end when absent (or past the end); later modules move down one',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  position?: number;
}
