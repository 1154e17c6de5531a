import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GradingMethod } from '@prodev/assessments';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class CreateQuizDto {
  @ApiProperty({ example: 'HTTP basics check', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 86_400,
    description: 'Absent or null: untimed',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(86_400)
  timeLimitSeconds?: number | null;

  @ApiProperty({ minimum: 1, maximum: 100, example: 3 })
  @IsInt()
  @Min(1)
  @Max(100)
  maxAttempts!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 70, description: 'Percent of the maximum score needed to pass' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  passingScore!: number;

  @ApiProperty({
    enum: GradingMethod,
    enumName: 'GradingMethod',
    description: 'Which graded attempts make the quiz grade',
  })
  @IsEnum(GradingMethod)
  gradingMethod!: GradingMethod;

  @ApiPropertyOptional({ default: false, description: 'Each attempt gets its own question order' })
  @IsOptional()
  @IsBoolean()
  shuffleQuestions?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  availableFrom?: Date | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'After availableFrom; attempts end by then whatever their time limit',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  availableUntil?: Date | null;
}
