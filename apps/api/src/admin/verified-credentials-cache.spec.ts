import { VerifiedCredentialsCache } from './verified-credentials-cache';

describe('VerifiedCredentialsCache', () => {
  let now: number;
  const clock = (): number => now;

  beforeEach(() => {
    now = 1_000_000;
  });

  it('remembers a header until its time is up', () => {
    const cache = new VerifiedCredentialsCache<string>(60_000, 10, clock);
    cache.set('Basic abc', 'admin');

    now += 59_999;
    expect(cache.get('Basic abc')).toBe('admin');
    now += 1;
    expect(cache.get('Basic abc')).toBeUndefined();
  });

  it('tells headers apart, however alike', () => {
    const cache = new VerifiedCredentialsCache<string>(60_000, 10, clock);
    cache.set('Basic abc', 'admin');

    expect(cache.get('Basic abd')).toBeUndefined();
    expect(cache.get('basic abc')).toBeUndefined();
  });

  it('forgets the oldest entry when full', () => {
    const cache = new VerifiedCredentialsCache<number>(60_000, 2, clock);
    cache.set('one', 1);
    cache.set('two', 2);
    cache.set('three', 3);

    expect(cache.get('one')).toBeUndefined();
    expect(cache.get('two')).toBe(2);
    expect(cache.get('three')).toBe(3);
  });
});
