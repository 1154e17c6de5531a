import { ApiProperty } from '@nestjs/swagger';

export class AssignmentExtensionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ format: 'uuid' })
  learnerId!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  dueAt!: Date;

  @ApiProperty({ example: 'Hospitalised during the project week' })
  reason!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  grantedById!: string | null;

  @ApiProperty({ type: String, format: 'date-time', description: 'When it was last granted' })
  grantedAt!: Date;
}
