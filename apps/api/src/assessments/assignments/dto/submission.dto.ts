import { ApiProperty } from '@nestjs/swagger';
import { SubmissionStatus } from '@prodev/assessments';
import { EnrolledLearnerDto } from '../../../curriculum/enrollments/dto/enrollment.dto';

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

/** A submission as the mentors reviewing it see it. */
export class ReviewableSubmissionDto extends SubmissionDto {
  // The same learner summary the cohort's enrollment list shows: one schema for clients.
  @ApiProperty({ type: EnrolledLearnerDto })
  learner!: EnrolledLearnerDto;
}
