import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class EnrollDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Whom to enroll: absent (or your own id) for yourself; admins may name any active learner',
  })
  @IsOptional()
  @IsUUID()
  userId?: string;
}
