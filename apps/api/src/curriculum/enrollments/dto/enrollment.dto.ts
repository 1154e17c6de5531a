import { ApiProperty, PickType } from '@nestjs/swagger';
import { EnrollmentStatus } from '@prodev/curriculum';
import { CohortDto } from '../../cohorts/dto/cohort.dto';

export class EnrollmentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  cohortId!: string;

  @ApiProperty({ format: 'uuid' })
  learnerId!: string;

  @ApiProperty({ enum: EnrollmentStatus, enumName: 'EnrollmentStatus' })
  status!: EnrollmentStatus;

  @ApiProperty({ type: String, format: 'date-time' })
  enrolledAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  withdrawnAt!: Date | null;
}

export class EnrolledLearnerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;
}

/** An enrollment as the cohort's mentors see it. */
export class CohortEnrollmentDto extends EnrollmentDto {
  @ApiProperty({ type: EnrolledLearnerDto })
  learner!: EnrolledLearnerDto;
}

export class EnrollmentCohortDto extends PickType(CohortDto, ['id', 'name', 'startsAt', 'endsAt'] as const) {}

export class EnrollmentProgramDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'backend-foundations' })
  slug!: string;

  @ApiProperty({ example: 'Backend Foundations' })
  title!: string;
}

/** One of the caller's enrollments, with its cohort and program. */
export class MyEnrollmentDto extends EnrollmentDto {
  @ApiProperty({ type: EnrollmentCohortDto })
  cohort!: EnrollmentCohortDto;

  @ApiProperty({ type: EnrollmentProgramDto })
  program!: EnrollmentProgramDto;
}
