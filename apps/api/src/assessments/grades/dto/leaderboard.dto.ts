import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class LeaderboardQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 10;
}

export class LeaderboardEntryDto {
  @ApiProperty({ example: 1, description: 'Learners with equal points share a rank' })
  rank!: number;

  @ApiProperty({ format: 'uuid' })
  learnerId!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ example: 187.5 })
  points!: number;
}

export class LeaderboardDto {
  @ApiProperty({ format: 'uuid' })
  cohortId!: string;

  @ApiProperty({ type: [LeaderboardEntryDto] })
  entries!: LeaderboardEntryDto[];
}
