import { ApiPropertyOptional } from '@nestjs/swagger';
import { MY_SUBMISSION_SORT_FIELDS } from '@prodev/assessments';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../http/page-query.dto';

export class ListMySubmissionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this assignment’s submissions' })
  @IsOptional()
  @IsUUID()
  assignmentId?: string;

  @ApiPropertyOptional({
    description: `Comma-separated fields among ${MY_SUBMISSION_SORT_FIELDS.join(', ')}; prefix - for descending`,
    example: '-submittedAt',
  })
  declare sort?: string;
}
