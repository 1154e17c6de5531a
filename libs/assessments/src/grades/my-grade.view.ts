import type { AssessmentKind } from './assessment-kind';

export interface MyGradeView {
  readonly kind: AssessmentKind;
  readonly assessmentId: string;
  readonly title: string;
  readonly programId: string;
  readonly programTitle: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly percent: number;
  readonly updatedAt: Date;
}
