import { MikroORM, RequestContext, TableNotFoundException } from '@mikro-orm/core';
import { AuthService, EmailTakenError, ROLES, Role, WeakPasswordError, type User } from '@prodev/auth';
import { isEmail } from 'class-validator';
import { Command, CommandRunner, InquirerService, Option, Question, QuestionSet } from 'nest-commander';
import { CliOutput } from './cli-output';

const NEW_PASSWORD_QUESTIONS = 'new-password';
// Same limits as the users table (and the register DTO), checked before anything touches the database.
const EMAIL_MAX_LENGTH = 254;
const NAME_MAX_LENGTH = 120;

interface UserCreateOptions {
  readonly email?: string;
  readonly name?: string;
  readonly role?: string;
  readonly passwordStdin?: boolean;
}

interface NewAccount {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

type NewPasswordAnswers = { password: string; confirmation: string };

/** A failure the operator can fix: printed as one line on stderr, exit code 1, no stack trace. */
class UserCreateRefused extends Error {}

/**
 * The terminal prompt: inquirer's password type without a mask echoes
 * nothing, so the password is not shown on screen or left in scrollback.
 */
@QuestionSet({ name: NEW_PASSWORD_QUESTIONS })
export class NewPasswordQuestions {
  @Question({ type: 'password', name: 'password', message: 'Password (not shown):' })
  parsePassword(value: string): string {
    return value;
  }

  @Question({ type: 'password', name: 'confirmation', message: 'Repeat the password:' })
  parseConfirmation(value: string): string {
    return value;
  }
}

/**
 * Creates an account with any role, e.g. the first admin of a fresh
 * deployment. The password never comes from argv (visible in `ps` and shell
 * history): it is piped in with --password-stdin or typed at a prompt.
 */
@Command({
  name: 'user:create',
  description: 'Create a user with any role; the password comes from stdin (--password-stdin) or a prompt',
})
export class UserCreateCommand extends CommandRunner {
  constructor(
    private readonly auth: AuthService,
    private readonly orm: MikroORM,
    private readonly inquirer: InquirerService,
    private readonly out: CliOutput,
  ) {
    super();
  }

  async run(_args: string[], options: UserCreateOptions): Promise<void> {
    try {
      // Options first, so nobody types a password only to learn the role was misspelt.
      const account = validateAccount(options);
      const password = await this.readPassword(options.passwordStdin === true);
      const user = await this.createUser(account, password);
      this.out.line(`Created ${user.role} ${user.email} (${user.id})`);
    } catch (error) {
      const message = refusalMessage(error, options.email);
      if (message === null) throw error;
      // Returning (rather than exiting) lets Nest close the database cleanly.
      process.stderr.write(`${message}\n`);
      process.exitCode = 1;
    }
  }

  @Option({ flags: '--email <email>', description: 'login email of the new user', required: true })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--name <name>', description: 'display name', required: true })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--role <role>', description: `one of ${ROLES.join(', ')}`, required: true })
  parseRole(value: string): string {
    return value;
  }

  @Option({
    flags: '--password-stdin',
    description: 'read the password from the first line of standard input instead of prompting',
  })
  parsePasswordStdin(): boolean {
    return true;
  }

  /** In a fresh ORM context of its own: the CLI has no HTTP request to scope the entity manager to. */
  private createUser(account: NewAccount, password: string): Promise<User> {
    return RequestContext.create(this.orm.em, () => this.auth.createUser({ ...account, password }));
  }

  private async readPassword(fromStdin: boolean): Promise<string> {
    if (fromStdin) {
      const line = await readFirstLine(process.stdin);
      if (line === null) throw new UserCreateRefused('--password-stdin: standard input was empty');
      return line;
    }
    if (process.stdin.isTTY !== true) {
      throw new UserCreateRefused(
        'No password: pipe it in with --password-stdin, or run user:create in a terminal to be prompted',
      );
    }
    const answers = await this.inquirer.ask<NewPasswordAnswers>(NEW_PASSWORD_QUESTIONS, undefined);
    if (answers.password !== answers.confirmation) throw new UserCreateRefused('The two passwords do not match');
    return answers.password;
  }
}

/** Every problem with the options at once, in one line. */
function validateAccount(options: UserCreateOptions): NewAccount {
  const email = (options.email ?? '').trim();
  const name = (options.name ?? '').trim();
  const problems: string[] = [];
  if (!isEmail(email) || email.length > EMAIL_MAX_LENGTH) problems.push(`--email "${email}" is not an email address`);
  if (name === '') problems.push('--name must not be empty');
  if (name.length > NAME_MAX_LENGTH) problems.push(`--name must be at most ${NAME_MAX_LENGTH} characters`);
  const role = ROLES.find((known) => known === options.role);
  if (role === undefined) problems.push(`--role must be one of ${ROLES.join(', ')} (got "${options.role ?? ''}")`);
  if (problems.length > 0 || role === undefined) throw new UserCreateRefused(problems.join('; '));
  return { email, name, role };
}

/** The one-line message for a failure the operator can act on; null for a genuine fault. */
function refusalMessage(error: unknown, email: string | undefined): string | null {
  if (error instanceof UserCreateRefused || error instanceof WeakPasswordError) return error.message;
  if (error instanceof EmailTakenError) return `A user with the email ${email?.trim()} already exists`;
  if (error instanceof TableNotFoundException) {
    return 'The database has no users table yet: run npm run migration:up first';
  }
  return null;
}

/**
 * The first line of `input` without its line ending, or null when the input
 * ends before any character. Stops reading after that line so the process
 * can exit even if the writer keeps the pipe open.
 */
function readFirstLine(input: NodeJS.ReadStream): Promise<string | null> {
  return new Promise<string | null>((resolveLine, rejectLine) => {
    let received = '';
    const settle = (finish: () => void): void => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      // Only the first line is ours; a paused pipe would still keep the process alive.
      input.destroy();
      finish();
    };
    const onData = (chunk: string): void => {
      received += chunk;
      const end = received.indexOf('\n');
      if (end !== -1) settle(() => resolveLine(withoutCarriageReturn(received.slice(0, end))));
    };
    const onEnd = (): void => settle(() => resolveLine(received === '' ? null : withoutCarriageReturn(received)));
    const onError = (error: Error): void => settle(() => rejectLine(error));
    input.setEncoding('utf8');
    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', onError);
  });
}

/** A line typed or piped on Windows ends in \r\n; the \r is not part of the password. */
function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
