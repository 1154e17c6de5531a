import { MultipleChoiceScoring, QuestionType } from '../quiz-enums';
import { gradeQuestion } from './grade-question';
import { aQuestion, singleChoice } from './question.factory';

describe('gradeQuestion', () => {
  it('gives nothing for a skipped question, whatever its type', () => {
    for (const type of Object.values(QuestionType)) {
      expect(gradeQuestion(aQuestion({ type, correctValue: 1, acceptedAnswers: ['x'] }), undefined)).toEqual({
        points: 0,
        correct: false,
      });
    }
  });

  describe('single choice', () => {
    it('scores the right option in full', () => {
      expect(gradeQuestion(singleChoice(), { optionIds: ['b'] })).toEqual({ points: 4, correct: true });
    });

    it('gives nothing for a wrong option, no option, or the right one among others', () => {
      expect(gradeQuestion(singleChoice(), { optionIds: ['a'] }).points).toBe(0);
      expect(gradeQuestion(singleChoice(), { optionIds: [] }).points).toBe(0);
      expect(gradeQuestion(singleChoice(), {}).points).toBe(0);
      expect(gradeQuestion(singleChoice(), { optionIds: ['b', 'a'] }).points).toBe(0);
      expect(gradeQuestion(singleChoice(), { optionIds: ['b', 'unknown'] }).points).toBe(0);
    });

    it('counts a repeated pick of the right option once', () => {
      expect(gradeQuestion(singleChoice(), { optionIds: ['b', 'b'] }).correct).toBe(true);
    });
  });

  describe('true/false', () => {
    const trueFalse = aQuestion({
      type: QuestionType.TrueFalse,
      points: 1,
      options: [
        { id: 't', text: 'True', correct: false },
        { id: 'f', text: 'False', correct: true },
      ],
    });

    it('scores the right side only', () => {
      expect(gradeQuestion(trueFalse, { optionIds: ['f'] })).toEqual({ points: 1, correct: true });
      expect(gradeQuestion(trueFalse, { optionIds: ['t'] })).toEqual({ points: 0, correct: false });
      expect(gradeQuestion(trueFalse, { optionIds: ['t', 'f'] })).toEqual({ points: 0, correct: false });
    });
  });

  describe('multiple choice, all or nothing', () => {
    it('scores exactly the right set in full, in any order', () => {
      expect(gradeQuestion(aQuestion(), { optionIds: ['b', 'a'] })).toEqual({ points: 4, correct: true });
    });

    it('gives nothing for a subset, a superset, an extra unknown option or nothing', () => {
      expect(gradeQuestion(aQuestion(), { optionIds: ['a'] }).points).toBe(0);
      expect(gradeQuestion(aQuestion(), { optionIds: ['a', 'b', 'c'] }).points).toBe(0);
      expect(gradeQuestion(aQuestion(), { optionIds: ['a', 'b', 'zzz'] }).points).toBe(0);
      expect(gradeQuestion(aQuestion(), { optionIds: [] }).points).toBe(0);
    });
  });

  describe('multiple choice, partial credit', () => {
    const partial = aQuestion({ multipleChoiceScoring: MultipleChoiceScoring.Partial });

    it('pays points / right options per right pick', () => {
      expect(gradeQuestion(partial, { optionIds: ['a'] })).toEqual({ points: 2, correct: false });
      expect(gradeQuestion(partial, { optionIds: ['a', 'b'] })).toEqual({ points: 4, correct: true });
    });

    it('takes a share back per wrong pick, unknown ids included, never below zero', () => {
      expect(gradeQuestion(partial, { optionIds: ['a', 'b', 'c'] })).toEqual({ points: 2, correct: false });
      expect(gradeQuestion(partial, { optionIds: ['a', 'b', 'nope'] })).toEqual({ points: 2, correct: false });
      expect(gradeQuestion(partial, { optionIds: ['a', 'c'] }).points).toBe(0);
      expect(gradeQuestion(partial, { optionIds: ['a', 'c', 'd'] }).points).toBe(0);
    });

    it('never pays for picking everything', () => {
      expect(gradeQuestion(partial, { optionIds: ['a', 'b', 'c', 'd'] }).points).toBe(0);
    });

    it('rounds thirds to two decimals', () => {
      const thirds = aQuestion({
        multipleChoiceScoring: MultipleChoiceScoring.Partial,
        points: 1,
        options: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B', correct: true },
          { id: 'c', text: 'C', correct: true },
        ],
      });
      expect(gradeQuestion(thirds, { optionIds: ['a'] }).points).toBe(0.33);
      expect(gradeQuestion(thirds, { optionIds: ['a', 'b'] }).points).toBe(0.67);
    });
  });

  describe('short answer', () => {
    const shortAnswer = aQuestion({
      type: QuestionType.ShortAnswer,
      points: 2,
      options: [],
      acceptedAnswers: ['Hyper Text  Transfer Protocol', 'HTTP'],
    });

    it('accepts any accepted answer ignoring case and whitespace', () => {
      expect(gradeQuestion(shortAnswer, { text: '  http ' })).toEqual({ points: 2, correct: true });
      expect(gradeQuestion(shortAnswer, { text: 'hyper   text transfer\tprotocol' }).correct).toBe(true);
    });

    it('refuses other text, blank text and a missing text', () => {
      expect(gradeQuestion(shortAnswer, { text: 'https' }).points).toBe(0);
      expect(gradeQuestion(shortAnswer, { text: '   ' }).points).toBe(0);
      expect(gradeQuestion(shortAnswer, { optionIds: ['a'] }).points).toBe(0);
    });

    it('matches a regex against the whole normalised answer, case-insensitively', () => {
      const pattern = aQuestion({ ...shortAnswer, acceptedAnswers: [], answerPattern: 'colou?r' });
      expect(gradeQuestion(pattern, { text: ' COLOR ' }).correct).toBe(true);
      expect(gradeQuestion(pattern, { text: 'colour' }).correct).toBe(true);
      expect(gradeQuestion(pattern, { text: 'watercolour' }).correct).toBe(false);
    });

    it('grades a broken stored pattern as no match instead of failing', () => {
      const broken = aQuestion({ ...shortAnswer, acceptedAnswers: [], answerPattern: '(' });
      expect(gradeQuestion(broken, { text: '(' }).points).toBe(0);
    });
  });

  describe('numeric', () => {
    const numeric = aQuestion({
      type: QuestionType.Numeric,
      points: 3,
      options: [],
      correctValue: 3.14,
      tolerance: 0.01,
    });

    it('accepts the value and anything within the tolerance, the edges included', () => {
      expect(gradeQuestion(numeric, { value: 3.14 })).toEqual({ points: 3, correct: true });
      expect(gradeQuestion(numeric, { value: 3.15 }).correct).toBe(true);
      expect(gradeQuestion(numeric, { value: 3.13 }).correct).toBe(true);
    });

    it('refuses values just beyond the edge', () => {
      expect(gradeQuestion(numeric, { value: 3.1501 }).correct).toBe(false);
      expect(gradeQuestion(numeric, { value: 3.1299 }).correct).toBe(false);
    });

    it('needs the exact value without a tolerance, despite floating point', () => {
      const exact = aQuestion({ ...numeric, correctValue: 0.3, tolerance: null });
      expect(gradeQuestion(exact, { value: 0.1 + 0.2 }).correct).toBe(true);
      expect(gradeQuestion(exact, { value: 0.31 }).correct).toBe(false);
    });

    it('refuses a missing or non-finite value', () => {
      expect(gradeQuestion(numeric, { text: '3.14' }).points).toBe(0);
      expect(gradeQuestion(numeric, { value: Number.NaN }).points).toBe(0);
      expect(gradeQuestion(numeric, { value: Number.POSITIVE_INFINITY }).points).toBe(0);
    });
  });
});
