import type { FieldProblem } from '@prodev/core';

/** One criterion of an assignment's rubric and the most points it can give. */
export interface RubricCriterion {
  readonly criterion: string;
  readonly description: string;
  readonly points: number;
}

/** A reviewer's points (and optional comment) for one criterion. */
export interface CriterionScore {
  readonly criterion: string;
  readonly points: number;
  readonly comment?: string;
}

/** What is wrong with a rubric: duplicate criteria, non-positive points, or points not adding up to maxPoints. */
export function rubricProblems(rubric: readonly RubricCriterion[], maxPoints: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  rubric.forEach((item, index) => {
    const key = item.criterion.trim().toLowerCase();
    if (seen.has(key))
      problems.push({ field: `rubric.${index}.criterion`, message: `"${item.criterion}" is listed twice` });
    seen.add(key);
    if (!(item.points > 0))
      problems.push({ field: `rubric.${index}.points`, message: 'points must be greater than 0' });
  });
  const sum = rubric.reduce((total, item) => total + item.points, 0);
  if (sum !== maxPoints) {
    problems.push({ field: 'rubric', message: `the criteria's points add up to ${sum}, not maxPoints (${maxPoints})` });
  }
  return problems;
}

/** What is wrong with a review's scores: each rubric criterion exactly once, within 0 and its points. */
export function scoreProblems(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byName = new Map(rubric.map((item) => [item.criterion, item]));
  const seen = new Set<string>();
  scores.forEach((score, index) => {
    const criterion = byName.get(score.criterion);
    if (criterion === undefined) {
      problems.push({ field: `scores.${index}.criterion`, message: `"${score.criterion}" is not in the rubric` });
    } else if (seen.has(score.criterion)) {
      problems.push({ field: `scores.${index}.criterion`, message: `"${score.criterion}" is scored twice` });
    } else if (score.points < 0 || score.points > criterion.points) {
      problems.push({
        field: `scores.${index}.points`,
        message: `points for "${score.criterion}" must be between 0 and ${criterion.points}`,
      });
    }
    seen.add(score.criterion);
  });
  for (const item of rubric) {
    if (!seen.has(item.criterion)) problems.push({ field: 'scores', message: `"${item.criterion}" is not scored` });
  }
  return problems;
}

/** The sum of the scores, rounded to cents (scores may carry cents). */
export function rawPointsOf(scores: readonly CriterionScore[]): number {
  return Math.round(scores.reduce((total, score) => total + score.points, 0) * 100) / 100;
}
