import { ApiProperty } from '@nestjs/swagger';

export class CohortMentorDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Grace Hopper' })
  name!: string;
}

export class CohortDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  programId!: string;

  @ApiProperty({ example: 'Spring 2027' })
  name!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  startsAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  endsAt!: Date;

  @ApiProperty({ example: 30 })
  capacity!: number;

  @ApiProperty({ description: 'Active enrollments', example: 12 })
  enrolledCount!: number;

  @ApiProperty({ type: [CohortMentorDto] })
  mentors!: CohortMentorDto[];
}
