import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { pageWindow, toOrderBy, toPage, type Page, type PageRequest } from '@prodev/core';
import { LastAdminError, UserNotFoundError } from '../errors/auth.errors';
import { SessionsService } from '../sessions/sessions.service';
import { Role } from './role';
import { User } from './user.entity';
import { toUserView, type UserView } from './user.view';

export interface ListUsersQuery extends PageRequest {
  readonly role?: Role;
  /** Matches email or name, case-insensitively. */
  readonly q?: string;
}

export interface UpdateUserInput {
  readonly role?: Role;
  readonly active?: boolean;
}

export const USER_SORT_FIELDS = ['email', 'name', 'role', 'createdAt'] as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Admin management of accounts. Callers are admins (the roles guard says so). */
@Injectable()
export class UsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionsService,
  ) {}

  async list(query: ListUsersQuery): Promise<Page<UserView>> {
    const search = query.q?.trim();
    const where = {
      ...(query.role !== undefined ? { role: query.role } : {}),
      ...(search
        ? { $or: [{ email: { $ilike: `%${escapeLike(search)}%` } }, { name: { $ilike: `%${escapeLike(search)}%` } }] }
        : {}),
    };
    const [users, total] = await this.em.findAndCount(User, where, {
      orderBy: toOrderBy(query.sort, USER_SORT_FIELDS, { createdAt: 'desc' }),
      ...pageWindow(query),
    });
    return toPage(users.map(toUserView), total, query);
  }

  async get(id: string): Promise<UserView> {
    return toUserView(await this.find(id));
  }

  /**
   * Changes role or active flag. Either change bumps the token version, so
   * the user's existing access tokens stop working at once; deactivation also
   * ends every login. The last active admin can be neither demoted nor
   * deactivated, by anyone.
   */
  async update(id: string, input: UpdateUserInput): Promise<UserView> {
    return this.em.transactional(async (em) => {
      const mayRemoveAnAdmin = (input.role !== undefined && input.role !== Role.Admin) || input.active === false;
      // Lock every active admin first, always in id order, and only then the target: two admins
      // demoting each other then queue instead of deadlocking, and the second sees the first's result.
      const admins = mayRemoveAnAdmin
        ? await em.find(
            User,
            { role: Role.Admin, active: true },
            { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
          )
        : [];
      const user = await em.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (user === null) throw new UserNotFoundError(id);
      const role = input.role ?? user.role;
      const active = input.active ?? user.active;
      const losesAdmin = user.role === Role.Admin && user.active && (role !== Role.Admin || !active);
      if (losesAdmin && admins.every((admin) => admin.id === user.id)) throw new LastAdminError();
      if (role === user.role && active === user.active) return toUserView(user);
      user.role = role;
      user.active = active;
      user.tokenVersion += 1;
      await em.flush();
      if (!active) await this.sessions.revokeAllOf(user.id, 'deactivated');
      return toUserView(user);
    });
  }

  private async find(id: string): Promise<User> {
    const user = await this.em.findOne(User, { id });
    if (user === null) throw new UserNotFoundError(id);
    return user;
  }
}
