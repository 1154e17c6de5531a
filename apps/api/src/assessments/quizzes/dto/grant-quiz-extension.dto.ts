import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class GrantQuizExtensionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  learnerId!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 0, description: 'On top of the quiz’s maxAttempts' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  extraAttempts?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 86_400,
    default: 0,
    description: 'Added to the time limit of attempts started from now on',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  extraTimeSeconds?: number;

  @ApiProperty({ maxLength: 1000, example: 'Medical leave during the exam week' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
