import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_COHORT_CAPACITY = 10_000;

export class CreateCohortDto {
  @ApiProperty({ example: 'Spring 2027', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', description: 'After startsAt' })
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;

  @ApiProperty({ minimum: 1, maximum: MAX_COHORT_CAPACITY, example: 30 })
  @IsInt()
  @Min(1)
  @Max(MAX_COHORT_CAPACITY)
  capacity!: number;
}
