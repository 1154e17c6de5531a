import type { Review } from './review.entity';
import type { CriterionScore } from './rubric';

/** A review and the grade it gave: raw points, the late penalty, and the points that count. */
export interface ReviewView {
  readonly id: string;
  readonly submissionId: string;
  readonly reviewerId: string | null;
  readonly scores: CriterionScore[];
  readonly feedback: string;
  readonly lateDays: number;
  readonly rawPoints: number;
  readonly penaltyPercent: number;
  readonly points: number;
  readonly maxPoints: number;
  readonly reviewedAt: Date;
}

export function toReviewView(review: Review, context: { lateDays: number; maxPoints: number }): ReviewView {
  return {
    id: review.id,
    submissionId: review.submission.id,
    reviewerId: review.reviewer?.id ?? null,
    scores: review.scores,
    feedback: review.feedback,
    lateDays: context.lateDays,
    rawPoints: review.rawPoints,
    penaltyPercent: review.penaltyPercent,
    points: review.points,
    maxPoints: context.maxPoints,
    reviewedAt: review.createdAt,
  };
}
