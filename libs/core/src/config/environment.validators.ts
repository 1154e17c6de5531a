import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

function parseUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** A URL whose scheme is one of `protocols` (e.g. `postgres:`) and that names a host. */
export function IsUrlWithProtocol(protocols: readonly string[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUrlWithProtocol',
      validator: {
        validate: (value: unknown): boolean => {
          const url = parseUrl(value);
          return url !== undefined && protocols.includes(url.protocol) && url.hostname !== '';
        },
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
          options,
        ),
      },
    },
    options,
  );
}

/** A comma-separated list of origins (`scheme://host[:port]`, no path), or empty. */
export function IsOriginList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOriginList',
      validator: {
        validate: (value: unknown): boolean =>
          typeof value === 'string' &&
          splitList(value).every((origin) => {
            const url = parseUrl(origin);
            return url !== undefined && ['http:', 'https:'].includes(url.protocol) && url.origin === origin;
          }),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a comma-separated list of origins like https://app.example.com`,
          options,
        ),
      },
    },
    options,
  );
}

export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
