import { OmitType } from '@nestjs/swagger';
import { PageQueryDto } from './page-query.dto';

/** `?page&pageSize` for lists with one meaningful order (newest first, by name): no `sort` to accept and ignore. */
export class FixedOrderPageQueryDto extends OmitType(PageQueryDto, ['sort'] as const) {}
