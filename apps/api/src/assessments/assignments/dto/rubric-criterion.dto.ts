import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';

export class RubricCriterionDto {
  @ApiProperty({ example: 'Correctness', maxLength: 100, description: 'Unique within the rubric' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  criterion!: string;

  @ApiProperty({ example: 'All endpoints behave as specified; tests pass', maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ example: 60, minimum: 1, description: 'The most this criterion gives' })
  @IsInt()
  @Min(1)
  points!: number;
}
