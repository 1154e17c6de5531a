import { rawPointsOf, rubricProblems, scoreProblems, type RubricCriterion } from './rubric';

const rubric: RubricCriterion[] = [
  { criterion: 'Correctness', description: 'Tests pass', points: 60 },
  { criterion: 'Design', description: 'Small modules', points: 40 },
];

describe('rubric', () => {
  it('accepts unique criteria whose points add up to maxPoints', () => {
    expect(rubricProblems(rubric, 100)).toEqual([]);
  });

  it('names duplicate criteria (case-insensitive), non-positive points and a wrong sum', () => {
    const bad = [
      { criterion: 'Design', description: '', points: 50 },
      { criterion: 'design', description: '', points: 0 },
    ];
    expect(rubricProblems(bad, 100).map((problem) => problem.field)).toEqual([
      'rubric.1.criterion',
      'rubric.1.points',
      'rubric',
    ]);
  });

  it('accepts each criterion scored exactly once within its points', () => {
    const scores = [
      { criterion: 'Design', points: 40 },
      { criterion: 'Correctness', points: 12.5, comment: 'Two tests fail' },
    ];
    expect(scoreProblems(rubric, scores)).toEqual([]);
    expect(rawPointsOf(scores)).toBe(52.5);
  });

  it('refuses unknown, repeated, missing and over-the-maximum scores', () => {
    const problems = scoreProblems(rubric, [
      { criterion: 'Correctness', points: 61 },
      { criterion: 'Correctness', points: 1 },
      { criterion: 'Style', points: 1 },
    ]);
    expect(problems.map((problem) => problem.field)).toEqual([
      'scores.0.points',
      'scores.1.criterion',
      'scores.2.criterion',
      'scores',
    ]);
  });

  it('refuses negative points', () => {
    expect(
      scoreProblems(rubric, [
        { criterion: 'Correctness', points: -1 },
        { criterion: 'Design', points: 0 },
      ]),
    ).toHaveLength(1);
  });
});
