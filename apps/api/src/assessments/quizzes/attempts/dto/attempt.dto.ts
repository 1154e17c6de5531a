import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AttemptStatus } from '@prodev/assessments';
import { LearnerQuestionDto } from '../../dto/question.dto';

export class AttemptSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  quizId!: string;

  @ApiProperty({ format: 'uuid' })
  learnerId!: string;

  @ApiProperty({ example: 1 })
  attemptNumber!: number;

  @ApiProperty({ enum: AttemptStatus, enumName: 'AttemptStatus' })
  status!: AttemptStatus;

  @ApiProperty({ type: String, format: 'date-time' })
  startedAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Answers are refused from then on' })
  deadline!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  gradedAt!: Date | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Once graded' })
  score!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  maxScore!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  percent!: number | null;

  @ApiProperty({ type: Boolean, nullable: true })
  passed!: boolean | null;
}

export class AttemptAnswerDto {
  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  optionIds?: string[];

  @ApiPropertyOptional()
  text?: string;

  @ApiPropertyOptional()
  value?: number;
}

export class QuestionFeedbackDto {
  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiProperty({ example: 1.5 })
  points!: number;

  @ApiProperty({ example: 2 })
  maxPoints!: number;

  @ApiProperty({ description: 'Full points earned' })
  correct!: boolean;
}

export class AttemptDto extends AttemptSummaryDto {
  @ApiProperty({ type: [LearnerQuestionDto], description: 'In the order shown to the learner; no answer keys' })
  questions!: LearnerQuestionDto[];

  @ApiProperty({ type: [AttemptAnswerDto] })
  answers!: AttemptAnswerDto[];

  @ApiProperty({ type: [QuestionFeedbackDto], nullable: true, description: 'Per question, once graded' })
  feedback!: QuestionFeedbackDto[] | null;
}

export class SubmittedAttemptDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: AttemptStatus, enumName: 'AttemptStatus', example: AttemptStatus.Submitted })
  status!: AttemptStatus;
}
