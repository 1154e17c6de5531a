import { randomUUID } from 'node:crypto';
import { RequestMethod, VERSION_NEUTRAL, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, VERSION_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IS_PUBLIC_KEY, JWT_AUDIENCE, JWT_ISSUER } from '@prodev/auth';
import { PROBLEM_JSON, UNTHROTTLED_AUTH, bearer, decodeJwt, registerUser } from '../support/auth-fixture';
import { createTestApp } from '../support/test-app';

const ACCESS_SECRET = 'route-guards-spec-access-secret-0123456789';
const REFRESH_SECRET = 'route-guards-spec-refresh-secret-0123456789';
const OTHER_SECRET = 'somebody-elses-access-secret-0123456789abcdef';

/** How create-api-app mounts controllers: under /api, URI-versioned (v1 by default), health at the root. */
const GLOBAL_PREFIX = 'api';
const DEFAULT_VERSION = '1';
const UNPREFIXED_CONTROLLERS = /^health(\/|$)/;

interface Route {
  readonly method: string;
  /** The registered path with its `:params`, e.g. `/api/v1/users/:id`. */
  readonly template: string;
  readonly isPublic: boolean;
}

function asList(value: unknown): string[] {
  if (value === undefined) return [''];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function versionSegment(version: unknown): string {
  if (version === undefined) return `v${DEFAULT_VERSION}`;
  if (version === VERSION_NEUTRAL) return '';
  if (typeof version === 'string') return `v${version}`;
  throw new Error(`The route walk does not know version ${JSON.stringify(version)}: teach it`);
}

function join(...segments: string[]): string {
  return `/${segments
    .flatMap((segment) => segment.split('/'))
    .filter((part) => part !== '')
    .join('/')}`;
}

/** Every handler of every controller Nest registered, from the same metadata the router reads. */
function discoverRoutes(app: NestFastifyApplication): Route[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  return discovery.getControllers().flatMap((wrapper) => {
    const controller = wrapper.metatype as Type | null;
    if (controller === null) return [];
    const prototype = controller.prototype as Record<string, unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      const version = versionSegment(
        Reflect.getMetadata(VERSION_METADATA, handler) ?? Reflect.getMetadata(VERSION_METADATA, controller),
      );
      const isPublic = reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [handler, controller]) === true;
      return asList(Reflect.getMetadata(PATH_METADATA, controller)).flatMap((controllerPath) =>
        asList(Reflect.getMetadata(PATH_METADATA, handler)).map((handlerPath) => ({
          method: RequestMethod[method],
          template: join(
            UNPREFIXED_CONTROLLERS.test(controllerPath) ? '' : GLOBAL_PREFIX,
            version,
            controllerPath,
            handlerPath,
          ),
          isPublic,
        })),
      );
    });
  });
}

/** The problem's `code`, or undefined when the body is not a problem (so a wrong answer still reads well). */
function problemCodeOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { code?: string }).code;
  } catch {
    return undefined;
  }
}

const describeRoute = (route: Route): string => `${route.method} ${route.template}`;
const urlOf = (route: Route): string => route.template.replace(/:\w+/g, () => randomUUID());
type InjectMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A learner's real claims, so each bad token below is wrong in exactly one way. */
interface Claims {
  readonly sub: string;
  readonly sid: string;
  readonly role: string;
  readonly ver: number;
}

interface Tokens {
  readonly valid: string;
  readonly claims: Claims;
}

const jwt = new JwtService();
const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function signed(
  claims: Claims,
  overrides: { secret?: string; audience?: string; issuer?: string; algorithm?: 'HS256' | 'HS512' } = {},
): string {
  return jwt.sign(
    { ...claims },
    {
      secret: overrides.secret ?? ACCESS_SECRET,
      algorithm: overrides.algorithm ?? 'HS256',
      issuer: overrides.issuer ?? JWT_ISSUER,
      audience: overrides.audience ?? JWT_AUDIENCE,
      expiresIn: 300,
    },
  );
}

/** The valid token with one character of its payload changed, signature kept. */
function tampered(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const json = Buffer.from(payload, 'base64url').toString('utf8');
  const edited = json.replace(/"iat":(\d*)(\d)/, (_match, head: string, last: string) => {
    return `"iat":${head}${(Number(last) + 1) % 10}`;
  });
  if (edited === json) throw new Error('the token has no iat claim to tamper with');
  return `${header}.${Buffer.from(edited).toString('base64url')}.${signature}`;
}

const BAD_CREDENTIALS: readonly [string, (tokens: Tokens) => Record<string, string>][] = [
  ['no token', () => ({})],
  ['a token that is not a JWT', () => bearer('not-a-jwt')],
  ['a tampered token (one payload character changed)', ({ valid }) => bearer(tampered(valid))],
  [
    'an expired token',
    ({ claims }) =>
      bearer(
        jwt.sign(
          { ...claims, iat: nowSeconds() - 3600, exp: nowSeconds() - 60 },
          { secret: ACCESS_SECRET, algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
        ),
      ),
  ],
  ['a token for another audience', ({ claims }) => bearer(signed(claims, { audience: 'some-other-api' }))],
  ['a token from another issuer', ({ claims }) => bearer(signed(claims, { issuer: 'someone-else' }))],
  [
    'a token signed with HS512 instead of the pinned HS256',
    ({ claims }) => bearer(signed(claims, { algorithm: 'HS512' })),
  ],
  [
    'an alg:none token',
    ({ claims }) =>
      bearer(
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
          ...claims,
          iss: JWT_ISSUER,
          aud: JWT_AUDIENCE,
          iat: nowSeconds(),
          exp: nowSeconds() + 300,
        })}.`,
      ),
  ],
  ['a token signed with another secret', ({ claims }) => bearer(signed(claims, { secret: OTHER_SECRET }))],
];

describe('Route guards', () => {
  let app: NestFastifyApplication;
  let routes: Route[];
  let tokens: Tokens;

  beforeAll(async () => {
    app = await createTestApp({
      ...UNTHROTTLED_AUTH,
      JWT_ACCESS_SECRET: ACCESS_SECRET,
      JWT_REFRESH_SECRET: REFRESH_SECRET,
    });
    routes = discoverRoutes(app);
    const learner = await registerUser(app);
    const { sub, sid, role, ver } = decodeJwt(learner.accessToken).payload as unknown as Claims;
    tokens = { valid: learner.accessToken, claims: { sub, sid, role, ver } };
  });

  afterAll(async () => {
    await app.close();
  });

  // Never an empty list: a walk that found nothing must not pass every check below.
  const nonEmpty = (found: Route[]): Route[] => {
    if (found.length === 0) throw new Error('the route walk found no such routes');
    return found;
  };
  const protectedRoutes = (): Route[] => nonEmpty(routes.filter((route) => !route.isPublic));
  const publicRoutes = (): Route[] => nonEmpty(routes.filter((route) => route.isPublic));
  const send = (route: Route, headers: Record<string, string>) =>
    app.inject({ method: route.method as InjectMethod, url: urlOf(route), headers });

  describe('the route walk', () => {
    it('finds the auth, users and health routes, each marked public or not', () => {
      expect(routes).toEqual(
        expect.arrayContaining([
          { method: 'POST', template: '/api/v1/auth/register', isPublic: true },
          { method: 'POST', template: '/api/v1/auth/login', isPublic: true },
          { method: 'POST', template: '/api/v1/auth/refresh', isPublic: true },
          { method: 'POST', template: '/api/v1/auth/logout', isPublic: false },
          { method: 'GET', template: '/api/v1/auth/me', isPublic: false },
          { method: 'GET', template: '/api/v1/users', isPublic: false },
          { method: 'GET', template: '/api/v1/users/:id', isPublic: false },
          { method: 'PATCH', template: '/api/v1/users/:id', isPublic: false },
          { method: 'GET', template: '/health/live', isPublic: true },
          { method: 'GET', template: '/health/ready', isPublic: true },
        ]),
      );
    });

    it('computes each route’s path the way Fastify registered it', () => {
      const fastify = app.getHttpAdapter().getInstance();
      const unregistered = routes
        .filter((route) => !fastify.hasRoute({ method: route.method, url: route.template }))
        .map(describeRoute);

      expect(unregistered).toEqual([]);
    });

    it('is checked against the app’s own tokens: one signed here with the test secret is accepted', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(signed(tokens.claims)) });

      expect(res.statusCode).toBe(200);
    });
  });

  it.each(BAD_CREDENTIALS)(
    'every protected route answers %s with 401 AUTH.UNAUTHENTICATED',
    async (_name, headersFor) => {
      const answers = await Promise.all(
        protectedRoutes().map(async (route) => {
          const res = await send(route, headersFor(tokens));
          return {
            route: describeRoute(route),
            status: res.statusCode,
            problemJson: PROBLEM_JSON.test(String(res.headers['content-type'])),
            code: problemCodeOf(res.body),
          };
        }),
      );

      expect(answers).toEqual(
        protectedRoutes().map((route) => ({
          route: describeRoute(route),
          status: 401,
          problemJson: true,
          code: 'AUTH.UNAUTHENTICATED',
        })),
      );
    },
  );

  it('every protected GET route refuses HEAD without a token too', async () => {
    const getRoutes = protectedRoutes().filter((route) => route.method === 'GET');
    const answers = await Promise.all(
      getRoutes.map(async (route) => ({
        route: `HEAD ${route.template}`,
        status: (await app.inject({ method: 'HEAD', url: urlOf(route) })).statusCode,
      })),
    );

    expect(answers).toEqual(getRoutes.map((route) => ({ route: `HEAD ${route.template}`, status: 401 })));
  });

  it('every protected route lets the untampered token past authentication', async () => {
    const answers = await Promise.all(
      protectedRoutes().map(async (route) => ({
        route: describeRoute(route),
        unauthenticated: (await send(route, bearer(tokens.valid))).statusCode === 401,
      })),
    );

    expect(answers).toEqual(
      protectedRoutes().map((route) => ({ route: describeRoute(route), unauthenticated: false })),
    );
  });

  it.each([
    ['no token', (): Record<string, string> => ({})],
    ['a bad token', (): Record<string, string> => bearer(tampered(tokens.valid))],
  ])('every public route answers %s without a 401', async (_name, headers) => {
    const answers = await Promise.all(
      publicRoutes().map(async (route) => ({
        route: describeRoute(route),
        unauthenticated: (await send(route, headers())).statusCode === 401,
      })),
    );

    expect(answers).toEqual(publicRoutes().map((route) => ({ route: describeRoute(route), unauthenticated: false })));
  });
});
