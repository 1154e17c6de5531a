import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class GrantAssignmentExtensionDto {
  @ApiProperty({ format: 'uuid', description: 'A learner enrolled in the assignment’s program' })
  @IsUUID()
  learnerId!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'The learner’s own due date; the late policy counts from it',
  })
  @Type(() => Date)
  @IsDate()
  dueAt!: Date;

  @ApiProperty({ example: 'Hospitalised during the project week', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
