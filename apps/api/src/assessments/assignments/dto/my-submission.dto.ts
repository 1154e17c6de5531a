import { ApiProperty } from '@nestjs/swagger';
import { CriterionScoreDto } from './create-review.dto';
import { SubmissionDto } from './submission.dto';

export class SubmissionAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'URL shortener' })
  title!: string;

  @ApiProperty({ example: 100 })
  maxPoints!: number;
}

export class SubmissionReviewSummaryDto {
  @ApiProperty({ type: [CriterionScoreDto] })
  scores!: CriterionScoreDto[];

  @ApiProperty()
  feedback!: string;

  @ApiProperty({ example: 80 })
  rawPoints!: number;

  @ApiProperty({ example: 10 })
  penaltyPercent!: number;

  @ApiProperty({ example: 72, description: 'Raw points minus the late penalty' })
  points!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  reviewedAt!: Date;
}

/** One of the caller's submissions, with its assignment and latest review. */
export class MySubmissionDto extends SubmissionDto {
  @ApiProperty({ type: SubmissionAssignmentDto })
  assignment!: SubmissionAssignmentDto;

  @ApiProperty({ type: SubmissionReviewSummaryDto, nullable: true, description: 'Null until reviewed' })
  review!: SubmissionReviewSummaryDto | null;
}
