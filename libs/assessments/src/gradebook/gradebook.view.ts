import type { PageMeta } from '@prodev/core';
import type { AssessmentKind } from '../grades/assessment-kind';

export interface GradebookAssessment {
  readonly id: string;
  readonly kind: AssessmentKind;
  readonly title: string;
}

export interface GradebookCell {
  readonly assessmentId: string;
  readonly kind: AssessmentKind;
  /** Null until the learner has a grade for it. */
  readonly points: number | null;
  readonly maxPoints: number | null;
}

export interface GradebookRow {
  readonly learnerId: string;
  readonly name: string;
  readonly email: string;
  /** One per assessment, in the order of `assessments`. */
  readonly grades: GradebookCell[];
  readonly totalPoints: number;
}

/** A page of the grade book: its columns (the program's assessments, in course order) and its learners. */
export interface GradebookPage {
  readonly assessments: GradebookAssessment[];
  readonly data: GradebookRow[];
  readonly meta: PageMeta;
}
