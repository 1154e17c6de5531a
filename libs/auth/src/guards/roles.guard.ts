import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLES_KEY } from '../decorators/roles.decorator';
import { InsufficientRoleError } from '../errors/auth.errors';
import type { AuthUser } from '../tokens/access-token';
import type { Role } from '../users/role';

/** Global: enforces `@Roles()`. Ownership of objects is checked in services. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles === undefined || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (user === undefined || !roles.includes(user.role)) throw new InsufficientRoleError();
    return true;
  }
}
