import { ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '@prodev/auth';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates: every token of the user stops working' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
