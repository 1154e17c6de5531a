import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { AuthUser } from '@prodev/auth';

/**
 * For `@Public()` routes whose answer depends on who asks (drafts for admins):
 * a valid bearer token sets `request.user`; none, or a bad one, leaves the
 * caller anonymous instead of failing the request.
 */
@Injectable()
export class OptionalCallerGuard extends AuthGuard('jwt') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>();
    if (request.headers.authorization === undefined) return true;
    try {
      await super.canActivate(context);
    } catch {
      // An invalid token on a public route reads as anonymous.
    }
    return true;
  }

  override handleRequest<TUser = AuthUser>(_error: unknown, user: TUser | false): TUser {
    return (user === false || user === null ? undefined : user) as TUser;
  }
}
