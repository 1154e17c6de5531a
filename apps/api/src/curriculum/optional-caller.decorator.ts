import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser } from '@prodev/auth';

/** The caller on a public route guarded by `OptionalCallerGuard`; undefined when anonymous. */
export const OptionalCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined =>
    context.switchToHttp().getRequest<{ user?: AuthUser }>().user,
);
