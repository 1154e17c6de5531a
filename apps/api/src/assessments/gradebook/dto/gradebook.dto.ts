import { ApiProperty } from '@nestjs/swagger';
import { AssessmentKind } from '@prodev/assessments';
import { PageMetaDto } from '../../../http/page.dto';

export class GradebookAssessmentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: AssessmentKind, enumName: 'AssessmentKind' })
  kind!: AssessmentKind;

  @ApiProperty({ example: 'HTTP fundamentals quiz' })
  title!: string;
}

export class GradebookCellDto {
  @ApiProperty({ format: 'uuid' })
  assessmentId!: string;

  @ApiProperty({ enum: AssessmentKind, enumName: 'AssessmentKind' })
  kind!: AssessmentKind;

  @ApiProperty({ type: Number, nullable: true, description: 'Null until graded' })
  points!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  maxPoints!: number | null;
}

export class GradebookRowDto {
  @ApiProperty({ format: 'uuid' })
  learnerId!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ type: [GradebookCellDto], description: 'One per assessment, in the order of `assessments`' })
  grades!: GradebookCellDto[];

  @ApiProperty({ example: 87.5 })
  totalPoints!: number;
}

export class GradebookPageDto {
  @ApiProperty({
    type: [GradebookAssessmentDto],
    description: 'The columns: the program’s assessments in course order',
  })
  assessments!: GradebookAssessmentDto[];

  @ApiProperty({ type: [GradebookRowDto] })
  data!: GradebookRowDto[];

  @ApiProperty({ type: PageMetaDto })
  meta!: PageMetaDto;
}
