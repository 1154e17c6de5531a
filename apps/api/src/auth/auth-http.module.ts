import { Module } from '@nestjs/common';
import { AuthModule } from '@prodev/auth';
import { UsersController } from '../users/users.controller';
import { AuthController } from './auth.controller';
import { LocalAuthGuard } from './local-auth.guard';

@Module({
  imports: [AuthModule],
  controllers: [AuthController, UsersController],
  providers: [LocalAuthGuard],
})
export class AuthHttpModule {}
