export type PresentedCredentials =
  | { readonly scheme: 'bearer'; readonly token: string }
  | { readonly scheme: 'basic'; readonly email: string; readonly password: string };

/** The credentials in an `Authorization` header, or null when it holds none we accept. */
export function parseAuthorizationHeader(header: string | undefined): PresentedCredentials | null {
  const match = /^(\S+) +(\S+)\s*$/.exec(header ?? '');
  if (match === null) return null;
  const [, scheme = '', value = ''] = match;
  switch (scheme.toLowerCase()) {
    case 'bearer':
      return { scheme: 'bearer', token: value };
    case 'basic': {
      // RFC 7617: user-id and password are split at the first colon; the password may contain more.
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon <= 0) return null;
      return { scheme: 'basic', email: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    default:
      return null;
  }
}
