import { backoffDelayMs } from './job-contract';

// Bull's own exponential strategy, so the in-process transport is held to what the worker does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bullBackoffs = require('bull/lib/backoffs') as {
  calculate(backoff: { type: 'exponential'; delay: number }, attemptsMade: number, custom: object): number;
};

describe('backoffDelayMs', () => {
  it.each([1, 250, 1_000, 5_000, 333])('waits as long as Bull would before each retry (backoff %i ms)', (backoffMs) => {
    // Bull counts the run that just failed in attemptsMade before it computes the delay.
    for (let attemptsMade = 1; attemptsMade <= 8; attemptsMade += 1) {
      const bull = bullBackoffs.calculate({ type: 'exponential', delay: backoffMs }, attemptsMade, {});
      expect(backoffDelayMs(backoffMs, attemptsMade)).toBe(bull);
    }
  });

  it('doubles the wait and adds the first delay: 1, 3, 7, 15 times the backoff', () => {
    expect([1, 2, 3, 4].map((retry) => backoffDelayMs(1_000, retry))).toEqual([1_000, 3_000, 7_000, 15_000]);
  });
});
