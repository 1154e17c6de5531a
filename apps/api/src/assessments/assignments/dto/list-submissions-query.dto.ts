import { ApiPropertyOptional } from '@nestjs/swagger';
import { SUBMISSION_SORT_FIELDS, SubmissionStatus } from '@prodev/assessments';
import { IsEnum, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../http/page-query.dto';

export class ListSubmissionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SubmissionStatus, enumName: 'SubmissionStatus' })
  @IsOptional()
  @IsEnum(SubmissionStatus)
  status?: SubmissionStatus;

  @ApiPropertyOptional({
    description: `Comma-separated fields among ${SUBMISSION_SORT_FIELDS.join(', ')}; prefix - for descending`,
    example: '-submittedAt',
  })
  declare sort?: string;
}
