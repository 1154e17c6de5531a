import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class CriterionScoreDto {
  @ApiProperty({ example: 'Correctness', description: 'A criterion of the assignment’s rubric' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  criterion!: string;

  @ApiProperty({ example: 52.5, minimum: 0, description: 'At most the criterion’s points; cents allowed' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  points!: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class CreateReviewDto {
  @ApiProperty({ type: [CriterionScoreDto], description: 'Each rubric criterion exactly once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];

  @ApiProperty({ example: 'Solid work; add tests for the expiry path.', maxLength: 10_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  feedback!: string;
}
