import { ApiPropertyOptional } from '@nestjs/swagger';
import { LESSON_SORT_FIELDS } from '@prodev/curriculum';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../http/page-query.dto';

export class ListLessonsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  moduleId?: string;

  @ApiPropertyOptional({ example: 'http', description: 'Lessons carrying this tag' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @ApiPropertyOptional({ description: 'Search in titles' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description: `Comma-separated fields among ${LESSON_SORT_FIELDS.join(', ')}; prefix - for descending. Default: program order`,
    example: 'title',
  })
  declare sort?: string;
}
