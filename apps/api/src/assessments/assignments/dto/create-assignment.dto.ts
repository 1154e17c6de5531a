import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LatePolicyDto } from './late-policy.dto';
import { RubricCriterionDto } from './rubric-criterion.dto';

export const MAX_ASSIGNMENT_POINTS = 10_000;

export class CreateAssignmentDto {
  @ApiProperty({ example: 'Build a URL shortener', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ description: 'Markdown', maxLength: 50_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50_000)
  instructions!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  dueAt!: Date;

  @ApiProperty({ example: 100, minimum: 1, maximum: MAX_ASSIGNMENT_POINTS })
  @IsInt()
  @Min(1)
  @Max(MAX_ASSIGNMENT_POINTS)
  maxPoints!: number;

  @ApiProperty({
    type: [RubricCriterionDto],
    description: 'Unique criteria whose points add up to maxPoints',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric!: RubricCriterionDto[];

  @ApiProperty({ type: LatePolicyDto })
  @ValidateNested()
  @Type(() => LatePolicyDto)
  latePolicy!: LatePolicyDto;
}
