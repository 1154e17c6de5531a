import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export const MAX_LATE_DAYS = 365;

export class LatePolicyDto {
  @ApiProperty({ example: 10, minimum: 0, maximum: 100, description: 'Percent of the raw points off per late day' })
  @IsInt()
  @Min(0)
  @Max(100)
  penaltyPercentPerDay!: number;

  @ApiProperty({
    example: 3,
    minimum: 0,
    maximum: MAX_LATE_DAYS,
    description: 'Last accepted late day (a started day counts as a whole one); 0 accepts nothing late',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_LATE_DAYS)
  maxLateDays!: number;
}
