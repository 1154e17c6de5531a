import { ApiProperty } from '@nestjs/swagger';
import { SubmissionStatus } from '@prodev/assessments';

export class SubmissionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ format: 'uuid' })
  learnerId!: string;

  @ApiProperty({ example: 2, description: 'Starts at 1 and grows with each resubmission' })
  version!: number;

  @ApiProperty({ example: 'https://github.com/ada/url-shortener' })
  repositoryUrl!: string;

  @ApiProperty({ type: String, nullable: true, example: '3f2a9c1' })
  commitSha!: string | null;

  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  submittedAt!: Date;

  @ApiProperty({ example: 0, description: 'Days after the learner’s due date, a started day counting as one' })
  lateDays!: number;

  @ApiProperty({ enum: SubmissionStatus, enumName: 'SubmissionStatus' })
  status!: SubmissionStatus;
}

export class SubmissionLearnerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;
}

/** A submission as the mentors reviewing it see it. */
export class ReviewableSubmissionDto extends SubmissionDto {
  @ApiProperty({ type: SubmissionLearnerDto })
  learner!: SubmissionLearnerDto;
}
