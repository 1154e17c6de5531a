import { stringify } from 'csv-stringify/sync';
import type { GradebookSlice } from './gradebook.query';

// A cell a spreadsheet would run as a formula (CSV injection, OWASP); a leading quote makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;
const neutralise = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** The grade book as RFC 4180 CSV: a header row, then one row per learner with points per assessment and the total. */
export function toGradebookCsv({ assessments, learners }: GradebookSlice): string {
  const header = ['Learner', 'Email', ...assessments.map((a) => `${a.title} (${a.kind})`), 'Total'];
  const rows = learners.map((learner) => [
    learner.name,
    learner.email,
    ...learner.grades.map((cell) => (cell.points === null ? '' : String(cell.points))),
    String(learner.totalPoints),
  ]);
  return stringify(
    [header, ...rows].map((row) => row.map(neutralise)),
    { record_delimiter: 'windows' },
  );
}
