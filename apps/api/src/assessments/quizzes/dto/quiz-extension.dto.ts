import { ApiProperty } from '@nestjs/swagger';

export class QuizExtensionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  quizId!: string;

  @ApiProperty({ format: 'uuid' })
  learnerId!: string;

  @ApiProperty({ example: 1 })
  extraAttempts!: number;

  @ApiProperty({ example: 300 })
  extraTimeSeconds!: number;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  grantedById!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}
