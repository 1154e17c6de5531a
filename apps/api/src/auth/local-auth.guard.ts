import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { createValidationPipe } from '../http/request-validation.exception';
import { LoginDto } from './dto/login.dto';

const validation = createValidationPipe();

/**
 * passport-local for POST /auth/login. Guards run before pipes, so the body is
 * validated here first: a malformed login is a 400 listing its fields, not a
 * credentials failure.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ body: unknown }>();
    // passport-local reads request.body: hand it the validated, trimmed credentials.
    request.body = (await validation.transform(request.body, { type: 'body', metatype: LoginDto })) as LoginDto;
    return (await super.canActivate(context)) as boolean;
  }
}
