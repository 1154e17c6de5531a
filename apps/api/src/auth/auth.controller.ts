import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiCreatedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import {
  AuthService,
  CurrentUser,
  Public,
  type AuthResult,
  type AuthUser,
  type TokenPair,
  type User,
  type UserView,
} from '@prodev/auth';
import { ApiProblems } from '../http/api-problems.decorator';
import { BEARER_AUTH } from '../http/openapi';
import { AuthRateLimit } from '../http/throttling';
import { MeDto } from '../users/dto/user.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { RegisterDto } from './dto/register.dto';
import { AuthResultDto, TokenPairDto } from './dto/token-pair.dto';
import { LocalAuthGuard } from './local-auth.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @AuthRateLimit()
  @Post('register')
  @ApiCreatedResponse({ type: AuthResultDto, description: 'The new learner, signed in' })
  @ApiProblems(400, 409, 429)
  registerUser(@Body() body: RegisterDto): Promise<AuthResult> {
    return this.auth.register(body);
  }

  @Public()
  @AuthRateLimit()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthResultDto })
  @ApiProblems(400, 401, 429)
  // The body is read by passport-local (LocalAuthGuard); @Body documents and re-validates it.
  loginUser(@Body() _body: LoginDto, @Req() request: { user: User }): Promise<AuthResult> {
    return this.auth.login(request.user);
  }

  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TokenPairDto, description: 'A new pair; the refresh token sent is now spent' })
  @ApiProblems(400, 401, 429)
  refreshTokens(@Body() body: RefreshTokenDto): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken);
  }

  @ApiBearerAuth(BEARER_AUTH)
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The login (every token of its family) is revoked' })
  @ApiProblems(400, 401)
  logoutUser(@Body() body: RefreshTokenDto, @CurrentUser() caller: AuthUser): Promise<void> {
    return this.auth.logout(body.refreshToken, caller);
  }

  @ApiBearerAuth(BEARER_AUTH)
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401)
  async getMe(@CurrentUser() caller: AuthUser): Promise<MeDto> {
    const { id, email, name, role, createdAt }: UserView = await this.auth.me(caller);
    return { id, email, name, role, createdAt };
  }
}
