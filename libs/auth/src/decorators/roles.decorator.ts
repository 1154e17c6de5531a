import { SetMetadata } from '@nestjs/common';
import type { Role } from '../users/role';

export const ROLES_KEY = 'auth:roles';

/** Only callers with one of these roles pass the roles guard. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
