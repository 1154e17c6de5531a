import { ApiProperty, OmitType } from '@nestjs/swagger';
import { MultipleChoiceScoring, QuestionType } from '@prodev/assessments';

export class LearnerQuestionOptionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '404 Not Found' })
  text!: string;
}

export class QuestionOptionDto extends LearnerQuestionOptionDto {
  @ApiProperty()
  correct!: boolean;
}

/** A question as learners see it: no answer key. */
export class LearnerQuestionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: QuestionType, enumName: 'QuestionType' })
  type!: QuestionType;

  @ApiProperty({ example: 'Which status code means the resource does not exist?' })
  prompt!: string;

  @ApiProperty({ example: 2 })
  points!: number;

  @ApiProperty({ example: 1 })
  position!: number;

  @ApiProperty({ type: [LearnerQuestionOptionDto], description: 'Empty for short answer and numeric questions' })
  options!: LearnerQuestionOptionDto[];

  @ApiProperty({
    enum: MultipleChoiceScoring,
    enumName: 'MultipleChoiceScoring',
    nullable: true,
    description: 'Multiple choice only: whether partial picks earn partial credit',
  })
  multipleChoiceScoring!: MultipleChoiceScoring | null;
}

/** A question with its answer key, for admins and mentors. */
export class QuestionDto extends OmitType(LearnerQuestionDto, ['options'] as const) {
  @ApiProperty({ format: 'uuid' })
  quizId!: string;

  @ApiProperty({ type: [QuestionOptionDto] })
  options!: QuestionOptionDto[];

  @ApiProperty({ type: [String], description: 'Short answer: accepted answers (case and whitespace are ignored)' })
  acceptedAnswers!: string[];

  @ApiProperty({ type: String, nullable: true, description: 'Short answer: a regular expression for the whole answer' })
  answerPattern!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Numeric: the expected value' })
  correctValue!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Numeric: accepted distance from the value (inclusive)' })
  tolerance!: number | null;
}
