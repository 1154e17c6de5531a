import { GradingMethod } from '../quiz-enums';
import { quizGrade, type GradedAttemptScore } from './grading-method';

const attempts: GradedAttemptScore[] = [
  { attemptNumber: 2, score: 9, maxScore: 10 },
  { attemptNumber: 1, score: 4, maxScore: 10 },
  { attemptNumber: 3, score: 5, maxScore: 10 },
];

describe('quizGrade', () => {
  it('is null before any graded attempt, whatever the method', () => {
    for (const method of Object.values(GradingMethod)) expect(quizGrade(method, [])).toBeNull();
  });

  it('highest: the best attempt', () => {
    expect(quizGrade(GradingMethod.Highest, attempts)).toEqual({ points: 9, maxPoints: 10 });
  });

  it('highest: compares percentages when the maximum changed, the earlier attempt winning a tie', () => {
    const changed = [
      { attemptNumber: 1, score: 8, maxScore: 10 },
      { attemptNumber: 2, score: 10, maxScore: 20 },
      { attemptNumber: 3, score: 16, maxScore: 20 },
    ];
    expect(quizGrade(GradingMethod.Highest, changed)).toEqual({ points: 8, maxPoints: 10 });
  });

  it('latest: the highest attempt number, whatever its score', () => {
    expect(quizGrade(GradingMethod.Latest, attempts)).toEqual({ points: 5, maxPoints: 10 });
  });

  it('first: attempt number one', () => {
    expect(quizGrade(GradingMethod.First, attempts)).toEqual({ points: 4, maxPoints: 10 });
  });

  it('average: the mean score, rounded to two decimals', () => {
    expect(quizGrade(GradingMethod.Average, attempts)).toEqual({ points: 6, maxPoints: 10 });
    const thirds = [
      { attemptNumber: 1, score: 1, maxScore: 3 },
      { attemptNumber: 2, score: 1, maxScore: 3 },
      { attemptNumber: 3, score: 2, maxScore: 3 },
    ];
    expect(quizGrade(GradingMethod.Average, thirds)).toEqual({ points: 1.33, maxPoints: 3 });
  });

  it('one attempt is the grade under every method', () => {
    for (const method of Object.values(GradingMethod)) {
      expect(quizGrade(method, [{ attemptNumber: 1, score: 3, maxScore: 4 }])).toEqual({ points: 3, maxPoints: 4 });
    }
  });
});
