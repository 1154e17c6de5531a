import { attemptDeadline } from './attempt-deadline';

describe('attemptDeadline', () => {
  const start = new Date('2027-01-01T10:00:00.000Z');

  it('is open-ended without a time limit or a window end', () => {
    expect(attemptDeadline(start, null, 0, null)).toBeNull();
  });

  it('adds the time limit and any extra time to the start', () => {
    expect(attemptDeadline(start, 600, 0, null)).toEqual(new Date('2027-01-01T10:10:00.000Z'));
    expect(attemptDeadline(start, 600, 300, null)).toEqual(new Date('2027-01-01T10:15:00.000Z'));
  });

  it('never runs past the end of the window', () => {
    const until = new Date('2027-01-01T10:05:00.000Z');
    expect(attemptDeadline(start, 600, 0, until)).toEqual(until);
    expect(attemptDeadline(start, null, 0, until)).toEqual(until);
    expect(attemptDeadline(start, 60, 0, until)).toEqual(new Date('2027-01-01T10:01:00.000Z'));
  });
});
