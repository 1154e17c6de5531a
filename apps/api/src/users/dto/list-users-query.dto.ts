import { ApiPropertyOptional } from '@nestjs/swagger';
import { Role, USER_SORT_FIELDS } from '@prodev/auth';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../http/page-query.dto';

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ description: 'Search in email and name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description: `Comma-separated fields among ${USER_SORT_FIELDS.join(', ')}; prefix - for descending`,
    example: '-createdAt',
  })
  declare sort?: string;
}
