import { QuestionType } from '../quiz-enums';
import { gradeAttempt } from './grade-attempt';
import { aQuestion, singleChoice } from './question.factory';

describe('gradeAttempt', () => {
  const questions = [
    singleChoice({ id: 'q1', points: 2 }),
    aQuestion({ id: 'q2', points: 3 }),
    aQuestion({ id: 'q3', type: QuestionType.Numeric, points: 5, options: [], correctValue: 42, tolerance: 0 }),
  ];

  it('sums points, computes the percent and passes at the threshold', () => {
    const result = gradeAttempt(questions, { q1: { optionIds: ['b'] }, q3: { value: 42 } }, 70);

    expect(result).toMatchObject({ score: 7, maxScore: 10, percent: 70, passed: true });
    expect(result.feedback).toEqual([
      { questionId: 'q1', points: 2, maxPoints: 2, correct: true },
      { questionId: 'q2', points: 0, maxPoints: 3, correct: false },
      { questionId: 'q3', points: 5, maxPoints: 5, correct: true },
    ]);
  });

  it('fails just under the threshold', () => {
    expect(gradeAttempt(questions, { q3: { value: 42 } }, 50.01).passed).toBe(false);
    expect(gradeAttempt(questions, { q3: { value: 42 } }, 50).passed).toBe(true);
  });

  it('ignores answers to questions outside the attempt', () => {
    expect(gradeAttempt(questions, { other: { value: 1 } }, 0).score).toBe(0);
  });

  it('scores an empty quiz 0 of 0 and never passes it', () => {
    expect(gradeAttempt([], {}, 0)).toEqual({ score: 0, maxScore: 0, percent: 0, passed: false, feedback: [] });
  });
});
