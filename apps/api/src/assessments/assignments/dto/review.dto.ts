import { ApiProperty } from '@nestjs/swagger';
import { CriterionScoreDto } from './create-review.dto';

/** A review and the grade it gave: raw points, the late penalty, and the points that count. */
export class ReviewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  submissionId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  reviewerId!: string | null;

  @ApiProperty({ type: [CriterionScoreDto] })
  scores!: CriterionScoreDto[];

  @ApiProperty()
  feedback!: string;

  @ApiProperty({ example: 1 })
  lateDays!: number;

  @ApiProperty({ example: 80, description: 'Sum of the scores' })
  rawPoints!: number;

  @ApiProperty({ example: 10, description: 'lateDays × the policy’s percent per day, at most 100' })
  penaltyPercent!: number;

  @ApiProperty({ example: 72, description: 'The grade: raw points minus the penalty, never below 0' })
  points!: number;

  @ApiProperty({ example: 100 })
  maxPoints!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  reviewedAt!: Date;
}
