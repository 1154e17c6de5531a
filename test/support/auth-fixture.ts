import { randomUUID } from 'node:crypto';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthService, Role } from '@prodev/auth';

/** Long enough for the password policy (12–128 characters). */
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Credential routes are rate limited per IP, and every `inject` comes from
 * 127.0.0.1: specs that sign many users in lift the limit (the throttling
 * spec checks it on its own).
 */
export const UNTHROTTLED_AUTH = { AUTH_RATE_LIMIT_PER_MINUTE: '10000' } as const;

export const PROBLEM_JSON = /^application\/problem\+json/;

/** What `app.inject(options)` resolves to. */
export type InjectResponse = Awaited<ReturnType<NestFastifyApplication['inject']>>;

/** A user as the API shows it (JSON, so dates are strings). */
export interface UserJson {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What register and login answer. */
export interface AuthResultJson {
  readonly user: UserJson;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
}

/** A signed-in user and the password they signed in with. */
export interface TestSession extends AuthResultJson {
  readonly password: string;
}

export interface SignedInRoles {
  readonly admin: TestSession;
  readonly mentor: TestSession;
  readonly learner: TestSession;
}

export interface RegisterOverrides {
  readonly email?: string;
  readonly password?: string;
  readonly name?: string;
}

export interface ProblemJson {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly requestId: string;
  readonly code: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
}

/** A fresh address on every call, so specs sharing one database never collide. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** The fields named in a validation problem's `errors`. */
export function fieldsOf(problem: ProblemJson): string[] {
  return [...new Set((problem.errors ?? []).map((error) => error.field))].sort();
}

/** Header and claims of a JWT, without verifying it. */
export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = token.split('.');
  const decode = (part: string | undefined): Record<string, unknown> =>
    JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: decode(header), payload: decode(payload) };
}

/** Signs up through POST /auth/register (a learner). */
export async function registerUser(
  app: NestFastifyApplication,
  overrides: RegisterOverrides = {},
): Promise<TestSession> {
  const payload = {
    email: overrides.email ?? uniqueEmail('learner'),
    password: overrides.password ?? TEST_PASSWORD,
    name: overrides.name ?? 'Test Learner',
  };
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload });
  if (res.statusCode !== 201) throw new Error(`register answered ${res.statusCode}: ${res.body}`);
  return { ...res.json<AuthResultJson>(), password: payload.password };
}

/** Signs in through POST /auth/login. */
export async function logIn(app: NestFastifyApplication, email: string, password: string): Promise<TestSession> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login as ${email} answered ${res.statusCode}: ${res.body}`);
  return { ...res.json<AuthResultJson>(), password };
}

/**
 * Creates an account with any role the way the admin CLI does
 * (`AuthService.createUser`), then signs it in over HTTP. Outside a request
 * the service needs a MikroORM context of its own (the global one is disabled).
 */
export async function createUserWithRole(
  app: NestFastifyApplication,
  role: Role,
  overrides: RegisterOverrides = {},
): Promise<TestSession> {
  const input = {
    email: overrides.email ?? uniqueEmail(role),
    password: overrides.password ?? TEST_PASSWORD,
    name: overrides.name ?? `Test ${role}`,
    role,
  };
  const auth = app.get(AuthService);
  await RequestContext.create(app.get(MikroORM).em, () => auth.createUser(input));
  return logIn(app, input.email, input.password);
}

/** One call, three signed-in users: a learner (registered), a mentor and an admin. */
export async function signInAs(app: NestFastifyApplication): Promise<SignedInRoles> {
  const admin = await createUserWithRole(app, Role.Admin);
  const mentor = await createUserWithRole(app, Role.Mentor);
  const learner = await registerUser(app);
  return { admin, mentor, learner };
}
