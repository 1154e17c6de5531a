import { parseAuthorizationHeader } from './authorization-header';

const basic = (credentials: string): string => `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;

describe('parseAuthorizationHeader', () => {
  it('reads a bearer token, whatever the scheme is cased', () => {
    expect(parseAuthorizationHeader('Bearer abc.def.ghi')).toEqual({ scheme: 'bearer', token: 'abc.def.ghi' });
    expect(parseAuthorizationHeader('bearer abc')).toEqual({ scheme: 'bearer', token: 'abc' });
  });

  it('splits Basic credentials at the first colon, so a password may contain colons', () => {
    expect(parseAuthorizationHeader(basic('admin@example.com:pa:ss:word'))).toEqual({
      scheme: 'basic',
      email: 'admin@example.com',
      password: 'pa:ss:word',
    });
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['a scheme alone', 'Bearer'],
    ['another scheme', 'Digest username="admin"'],
    ['Basic without a colon', basic('admin@example.com')],
    ['Basic without a user', basic(':password')],
  ])('accepts nothing from %s', (_label, header) => {
    expect(parseAuthorizationHeader(header)).toBeNull();
  });
});
