import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MultipleChoiceScoring, QuestionType } from '@prodev/assessments';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class QuestionOptionInputDto {
  @ApiProperty({ example: '404 Not Found', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  text!: string;

  @ApiProperty()
  @IsBoolean()
  correct!: boolean;
}

export class CreateQuestionDto {
  @ApiProperty({ enum: QuestionType, enumName: 'QuestionType' })
  @IsEnum(QuestionType)
  type!: QuestionType;

  @ApiProperty({ maxLength: 5000, example: 'Which status code means the resource does not exist?' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  prompt!: string;

  @ApiProperty({ minimum: 0, maximum: 1000, example: 2 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1000)
  points!: number;

  @ApiPropertyOptional({
    type: [QuestionOptionInputDto],
    description: 'Choice questions (true/false: exactly two); replaced as a whole, with new ids',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionInputDto)
  options?: QuestionOptionInputDto[];

  @ApiPropertyOptional({
    enum: MultipleChoiceScoring,
    enumName: 'MultipleChoiceScoring',
    default: MultipleChoiceScoring.AllOrNothing,
    description: 'Multiple choice: all_or_nothing, or partial (a share per right pick, minus one per wrong pick)',
  })
  @IsOptional()
  @IsEnum(MultipleChoiceScoring)
  multipleChoiceScoring?: MultipleChoiceScoring;

  @ApiPropertyOptional({
    type: [String],
    description: 'Short answer: accepted answers; case and whitespace are ignored',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  acceptedAnswers?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 500,
    description: 'Short answer: a regular expression the whole answer may match instead (case-insensitive)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  answerPattern?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Numeric: the expected value', example: 3.14 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  correctValue?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    description: 'Numeric: accepted ± distance',
    example: 0.01,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  tolerance?: number | null;
}
