import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { FixedOrderPageQueryDto } from '../../http/fixed-order-page-query.dto';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Always newest first: an inbox has one useful order, so there is no `sort`. */
export class ListNotificationsQueryDto extends FixedOrderPageQueryDto {
  @ApiPropertyOptional({ description: 'true: only unread; false: only read; absent: all' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}
