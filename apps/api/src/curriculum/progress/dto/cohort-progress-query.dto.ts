import { OmitType } from '@nestjs/swagger';
import { PageQueryDto } from '../../../http/page-query.dto';

/** Always sorted by percent (highest first), then name. */
export class CohortProgressQueryDto extends OmitType(PageQueryDto, ['sort'] as const) {}
