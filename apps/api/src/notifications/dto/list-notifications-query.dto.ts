import { ApiPropertyOptional } from '@nestjs/swagger';
import { QueryBoolean } from '../../http/query-boolean';
import { IsBoolean, IsOptional } from 'class-validator';
import { FixedOrderPageQueryDto } from '../../http/fixed-order-page-query.dto';

/** Always newest first: an inbox has one useful order, so there is no `sort`. */
export class ListNotificationsQueryDto extends FixedOrderPageQueryDto {
  @ApiPropertyOptional({ description: 'true: only unread; false: only read; absent: all' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}
