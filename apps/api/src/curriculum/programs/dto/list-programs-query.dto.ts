import { ApiPropertyOptional } from '@nestjs/swagger';
import { PROGRAM_SORT_FIELDS, ProgramLevel } from '@prodev/curriculum';
import { QueryBoolean } from '../../../http/query-boolean';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../http/page-query.dto';

export class ListProgramsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Search in title and summary' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ProgramLevel, enumName: 'ProgramLevel' })
  @IsOptional()
  @IsEnum(ProgramLevel)
  level?: ProgramLevel;

  @ApiPropertyOptional({ description: 'Admins only: drafts (false) or published (true); others see published ones' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  published?: boolean;

  @ApiPropertyOptional({
    description: `Comma-separated fields among ${PROGRAM_SORT_FIELDS.join(', ')}; prefix - for descending`,
    example: 'title',
  })
  declare sort?: string;
}
