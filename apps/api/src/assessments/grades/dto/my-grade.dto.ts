import { ApiProperty } from '@nestjs/swagger';
import { AssessmentKind } from '@prodev/assessments';

export class MyGradeDto {
  @ApiProperty({ enum: AssessmentKind, enumName: 'AssessmentKind' })
  kind!: AssessmentKind;

  @ApiProperty({ format: 'uuid' })
  assessmentId!: string;

  @ApiProperty({ example: 'HTTP fundamentals quiz' })
  title!: string;

  @ApiProperty({ format: 'uuid' })
  programId!: string;

  @ApiProperty({ example: 'ProDev Backend Engineering' })
  programTitle!: string;

  @ApiProperty({ example: 8.5 })
  points!: number;

  @ApiProperty({ example: 10 })
  maxPoints!: number;

  @ApiProperty({ example: 85 })
  percent!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}
