// Public surface of @prodev/auth. Apps import this library only through this file.
export { AuthModule } from './auth.module';
export { AuthService, type AuthResult, type RegisterInput } from './auth.service';
export { CurrentUser } from './decorators/current-user.decorator';
export { IS_PUBLIC_KEY, Public } from './decorators/public.decorator';
export { ROLES_KEY, Roles } from './decorators/roles.decorator';
export {
  AuthenticationRequiredError,
  EmailTakenError,
  InsufficientRoleError,
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  LastAdminError,
  UserNotFoundError,
  WeakPasswordError,
} from './errors/auth.errors';
export { AuthEvents, type AuthEventName, type AuthEventPayloads, type UserRegisteredEvent } from './events/auth.events';
export { JwtAuthGuard } from './guards/jwt-auth.guard';
export { RolesGuard } from './guards/roles.guard';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, normaliseEmail } from './passwords/password-policy';
export {
  JWT_ALGORITHM,
  JWT_AUDIENCE,
  JWT_ISSUER,
  type AccessTokenClaims,
  type AuthUser,
  type TokenPair,
} from './tokens/access-token';
export { AccessTokenVerifier } from './tokens/access-token-verifier';
export { ROLES, Role } from './users/role';
export { User } from './users/user.entity';
export { USER_SORT_FIELDS, UsersService, type ListUsersQuery, type UpdateUserInput } from './users/users.service';
export type { UserView } from './users/user.view';
