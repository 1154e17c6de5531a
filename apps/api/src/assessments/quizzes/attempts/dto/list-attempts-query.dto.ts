import { ApiPropertyOptional } from '@nestjs/swagger';
import { ATTEMPT_SORT_FIELDS } from '@prodev/assessments';
import { PageQueryDto } from '../../../../http/page-query.dto';

export class ListAttemptsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: `Comma-separated fields among ${ATTEMPT_SORT_FIELDS.join(', ')}; prefix - for descending`,
    example: '-startedAt',
  })
  declare sort?: string;
}
