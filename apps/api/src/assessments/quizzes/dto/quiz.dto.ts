import { ApiProperty } from '@nestjs/swagger';
import { GradingMethod, QuizAudience } from '@prodev/assessments';
import { QuestionDto } from './question.dto';

class QuizSettingsDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  moduleId!: string;

  @ApiProperty({ example: 'HTTP basics check' })
  title!: string;

  @ApiProperty({ type: Number, nullable: true, example: 600 })
  timeLimitSeconds!: number | null;

  @ApiProperty({ example: 3 })
  maxAttempts!: number;

  @ApiProperty({ example: 70 })
  passingScore!: number;

  @ApiProperty({ enum: GradingMethod, enumName: 'GradingMethod' })
  gradingMethod!: GradingMethod;

  @ApiProperty()
  shuffleQuestions!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  availableFrom!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  availableUntil!: Date | null;

  @ApiProperty({ example: 10 })
  questionCount!: number;

  @ApiProperty({ example: 20 })
  totalPoints!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

/** What learners get: the rules; the questions come with an attempt. */
export class LearnerQuizDto extends QuizSettingsDto {
  @ApiProperty({ enum: QuizAudience, enumName: 'QuizAudience', example: QuizAudience.Learner })
  audience!: QuizAudience;
}

/** What admins and mentors get: the questions with their keys. */
export class QuizDto extends QuizSettingsDto {
  @ApiProperty({ enum: QuizAudience, enumName: 'QuizAudience', example: QuizAudience.Author })
  audience!: QuizAudience;

  @ApiProperty({ type: [QuestionDto] })
  questions!: QuestionDto[];
}
