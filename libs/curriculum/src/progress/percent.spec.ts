import { percentOf } from './percent';

describe('percentOf', () => {
  it('is 0 for a program without lessons, not NaN', () => {
    expect(percentOf(0, 0)).toBe(0);
  });

  it('rounds to a whole percent', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 8)).toBe(13);
    expect(percentOf(4, 4)).toBe(100);
  });
});
