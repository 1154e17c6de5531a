import { ApiProperty } from '@nestjs/swagger';
import { LatePolicyDto } from './late-policy.dto';
import { RubricCriterionDto } from './rubric-criterion.dto';

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  moduleId!: string;

  @ApiProperty({ example: 'Build a URL shortener' })
  title!: string;

  @ApiProperty({ description: 'Markdown' })
  instructions!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'A learner’s extension, if any, replaces it for them',
  })
  dueAt!: Date;

  @ApiProperty({ example: 100 })
  maxPoints!: number;

  @ApiProperty({ type: [RubricCriterionDto] })
  rubric!: RubricCriterionDto[];

  @ApiProperty({ type: LatePolicyDto })
  latePolicy!: LatePolicyDto;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}
