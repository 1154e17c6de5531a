import { ApiProperty } from '@nestjs/swagger';
import { UserDto } from '../../users/dto/user.dto';

export class TokenPairDto {
  @ApiProperty({ description: 'JWT for `Authorization: Bearer`' })
  accessToken!: string;

  @ApiProperty({ description: 'Opaque; exchange at POST /auth/refresh. Single use.' })
  refreshToken!: string;

  @ApiProperty({ enum: ['Bearer'], enumName: 'TokenType' })
  tokenType!: 'Bearer';

  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' })
  expiresIn!: number;
}

export class AuthResultDto extends TokenPairDto {
  @ApiProperty({ type: () => UserDto })
  user!: UserDto;
}
