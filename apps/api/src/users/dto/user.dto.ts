import { ApiProperty, PickType } from '@nestjs/swagger';
import { Role } from '@prodev/auth';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role!: Role;

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

/** GET /auth/me: who the token belongs to. */
export class MeDto extends PickType(UserDto, ['id', 'email', 'name', 'role', 'createdAt'] as const) {}
