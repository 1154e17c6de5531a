import { type Type as ClassType } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

export class PageMetaDto {
  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  pageSize!: number;

  @ApiProperty({ example: 42 })
  total!: number;

  @ApiProperty({ example: 3 })
  totalPages!: number;
}

/** A named `{data, meta}` schema per item type, so generated clients get real types. */
export function PageDto<T>(item: ClassType<T>): ClassType<{ data: T[]; meta: PageMetaDto }> {
  class PageOfItems {
    @ApiProperty({ type: [item] })
    data!: T[];

    @ApiProperty({ type: PageMetaDto })
    meta!: PageMetaDto;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return PageOfItems;
}
