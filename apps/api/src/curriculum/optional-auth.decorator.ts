import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import { Public } from '@prodev/auth';
import { BEARER_AUTH } from '../http/openapi';
import { OptionalCallerGuard } from './optional-caller.guard';

/**
 * A public route that answers more to some callers (drafts for admins): no
 * token needed, a valid one is read (`@OptionalCaller()`). Documented as
 * optional security: anonymous, or bearer.
 */
export function OptionalAuth(): MethodDecorator & ClassDecorator {
  return applyDecorators(Public(), UseGuards(OptionalCallerGuard), ApiSecurity({}), ApiBearerAuth(BEARER_AUTH));
}
