import { applyLatePenalty, assessLateness, lateDays, penaltyPercent, type LatePolicy } from './late-penalty';

const due = new Date('2027-03-01T12:00:00.000Z');
const at = (offsetMs: number): Date => new Date(due.getTime() + offsetMs);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const policy: LatePolicy = { penaltyPercentPerDay: 10, maxLateDays: 3 };

describe('late penalty', () => {
  describe('lateDays', () => {
    it('is 0 before and exactly at the due date', () => {
      expect(lateDays(due, at(-DAY))).toBe(0);
      expect(lateDays(due, due)).toBe(0);
    });

    it('counts a started day as a whole one (partial days round up)', () => {
      expect(lateDays(due, at(1000))).toBe(1);
      expect(lateDays(due, at(DAY))).toBe(1);
      expect(lateDays(due, at(DAY + 1))).toBe(2);
      expect(lateDays(due, at(2 * DAY + 5 * HOUR))).toBe(3);
    });
  });

  describe('assessLateness', () => {
    it('accepts on-time work with no late days', () => {
      expect(assessLateness(due, at(-HOUR), policy)).toEqual({ accepted: true, lateDays: 0 });
    });

    it('accepts work on the last accepted late day', () => {
      expect(assessLateness(due, at(3 * DAY), policy)).toEqual({ accepted: true, lateDays: 3 });
    });

    it('rejects work past the last accepted late day', () => {
      expect(assessLateness(due, at(3 * DAY + 1), policy)).toEqual({ accepted: false, lateDays: 4 });
    });

    it('rejects anything late when no late day is accepted', () => {
      expect(assessLateness(due, at(1), { penaltyPercentPerDay: 10, maxLateDays: 0 }).accepted).toBe(false);
    });
  });

  describe('penalty arithmetic', () => {
    it('takes nothing off on-time work', () => {
      expect(penaltyPercent(0, policy)).toBe(0);
      expect(applyLatePenalty(87, penaltyPercent(0, policy))).toBe(87);
    });

    it('takes one day’s percent off work one day late', () => {
      expect(penaltyPercent(1, policy)).toBe(10);
      expect(applyLatePenalty(80, 10)).toBe(72);
    });

    it('rounds to cents', () => {
      expect(applyLatePenalty(33, 15)).toBe(28.05);
      expect(applyLatePenalty(10, 100 / 3)).toBe(6.67);
    });

    it('caps the percent at 100 and never goes below 0 points', () => {
      const harsh: LatePolicy = { penaltyPercentPerDay: 40, maxLateDays: 5 };
      expect(penaltyPercent(3, harsh)).toBe(100);
      expect(applyLatePenalty(50, penaltyPercent(3, harsh))).toBe(0);
      expect(applyLatePenalty(50, 250)).toBe(0);
      expect(applyLatePenalty(0, 10)).toBe(0);
    });
  });
});
