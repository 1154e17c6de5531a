import { ApiPropertyOptional } from '@nestjs/swagger';
import { ENROLLMENT_SORT_FIELDS, EnrollmentStatus } from '@prodev/curriculum';
import { IsEnum, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../http/page-query.dto';

export class ListEnrollmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: EnrollmentStatus, enumName: 'EnrollmentStatus' })
  @IsOptional()
  @IsEnum(EnrollmentStatus)
  status?: EnrollmentStatus;

  @ApiPropertyOptional({
    description: `Comma-separated fields among ${ENROLLMENT_SORT_FIELDS.join(', ')}; prefix - for descending`,
    example: '-enrolledAt',
  })
  declare sort?: string;
}
