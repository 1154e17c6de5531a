import { Role, type AuthUser } from '@prodev/auth';

/** Who asks; undefined on public routes when no valid token came with the request. */
export type Caller = Pick<AuthUser, 'id' | 'role'> | undefined;

/** Drafts (unpublished programs and their content) are visible to admins only. */
export function seesDrafts(caller: Caller): boolean {
  return caller?.role === Role.Admin;
}
