import { randomBytes } from 'node:crypto';
import { CreateRequestContext, MikroORM } from '@mikro-orm/core';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@prodev/core';
import { AuthService } from '../auth.service';
import { Role } from '../users/role';
import { User } from '../users/user.entity';

const DEMO_ACCOUNTS = [
  { role: Role.Admin, email: 'admin@example.com', name: 'Demo Admin' },
  { role: Role.Mentor, email: 'mentor@example.com', name: 'Demo Mentor' },
  { role: Role.Learner, email: 'learner@example.com', name: 'Demo Learner' },
] as const;

/**
 * On a fresh embedded development database, creates an admin, a mentor and a
 * learner with random passwords and prints them once: there is no default
 * password to leak, and nothing is seeded where real users live.
 */
@Injectable()
export class DemoUsersSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoUsers');

  constructor(
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    // Read by @CreateRequestContext to fork a context for this start-up work.
    private readonly orm: MikroORM,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemoUsers) await this.seed();
  }

  @CreateRequestContext()
  private async seed(): Promise<void> {
    if ((await this.orm.em.count(User, {})) > 0) return;
    const lines: string[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const password = randomBytes(12).toString('base64url');
      await this.auth.createUser({ ...account, password });
      lines.push(`  ${account.role.padEnd(7)} ${account.email.padEnd(22)} ${password}`);
    }
    // Printed once, on the start that created them; they are not stored anywhere else.
    this.logger.warn(`Demo accounts created (shown only now):\n${lines.join('\n')}`);
  }
}
