import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuthService } from './auth.service';
import { AuthEventsPublisher } from './events/auth-events.publisher';
import { JwtAuthGuard } from './guards/jwt-auth.guard';
import { RolesGuard } from './guards/roles.guard';
import { PasswordHasher } from './passwords/password-hasher';
import { DemoUsersSeeder } from './seed/demo-users.seeder';
import { AuthSession } from './sessions/auth-session.entity';
import { RefreshToken } from './sessions/refresh-token.entity';
import { SessionsService } from './sessions/sessions.service';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';
import { AccessTokenVerifier } from './tokens/access-token-verifier';
import { RefreshTokenCodec } from './tokens/refresh-token-codec';
import { User } from './users/user.entity';
import { UsersService } from './users/users.service';

@Module({
  imports: [
    MikroOrmModule.forFeature([User, AuthSession, RefreshToken]),
    PassportModule,
    // Secret and claims are passed per call from AppConfig (see SessionsService).
    JwtModule.register({}),
  ],
  providers: [
    PasswordHasher,
    AuthEventsPublisher,
    RefreshTokenCodec,
    SessionsService,
    AuthService,
    AccessTokenVerifier,
    UsersService,
    JwtStrategy,
    LocalStrategy,
    JwtAuthGuard,
    RolesGuard,
    DemoUsersSeeder,
  ],
  exports: [AuthService, AccessTokenVerifier, UsersService, JwtAuthGuard, RolesGuard],
})
export class AuthModule {}
