import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser } from '../tokens/access-token';

/** The authenticated caller, as the JWT strategy resolved it. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const request = context.switchToHttp().getRequest<{ user?: AuthUser }>();
  if (request.user === undefined) throw new Error('CurrentUser used on a route without authentication');
  return request.user;
});
