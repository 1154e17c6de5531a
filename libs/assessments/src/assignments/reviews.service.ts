import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { User, type AuthUser } from '@prodev/auth';
import { AssessmentsEventsPublisher } from '../events/assessments-events.publisher';
import { AssessmentsEvents } from '../events/assessments.events';
import { AssessmentKind } from '../grades/assessment-kind';
import { Grade } from '../grades/grade.entity';
import { GradeSource } from '../grades/grade-source';
import { GradesService } from '../grades/grades.service';
import { assertMayActOnLearner } from './assignment-access';
import { InvalidScoresError, SubmissionNotFoundError } from './assignment.errors';
import { applyLatePenalty, penaltyPercent } from './late-penalty';
import { Review } from './review.entity';
import { toReviewView, type ReviewView } from './review.view';
import { rawPointsOf, scoreProblems, type CriterionScore } from './rubric';
import { Submission } from './submission.entity';
import { SubmissionStatus } from './submission-status';

export interface ReviewInput {
  readonly scores: readonly CriterionScore[];
  readonly feedback: string;
}

/**
 * A mentor grading a submission against the rubric: the review, the
 * submission's status and the learner's grade (with its audit row) change in
 * one transaction; the learner hears of it through an event after commit.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly em: EntityManager,
    private readonly grades: GradesService,
    private readonly events: AssessmentsEventsPublisher,
  ) {}

  async review(submissionId: string, input: ReviewInput, caller: AuthUser): Promise<ReviewView> {
    const { review, submission } = await this.em.transactional(async (em) => {
      const submission = await em.findOne(
        Submission,
        { id: submissionId },
        { populate: ['assignment', 'assignment.module'], strategy: 'joined' },
      );
      if (submission === null) throw new SubmissionNotFoundError(submissionId);
      const { assignment } = submission;
      const programId = assignment.module.program.id;
      await assertMayActOnLearner(em, caller, submission.learner.id, programId);
      const problems = scoreProblems(assignment.rubric, input.scores);
      if (problems.length > 0) throw new InvalidScoresError(problems);

      const rawPoints = rawPointsOf(input.scores);
      const percent = penaltyPercent(submission.lateDays, assignment.latePolicy);
      const review = new Review({
        submission,
        reviewer: em.getReference(User, caller.id),
        scores: input.scores.map(({ criterion, points, comment }) => ({
          criterion,
          points,
          ...(comment !== undefined ? { comment } : {}),
        })),
        feedback: input.feedback,
        rawPoints,
        penaltyPercent: percent,
        points: applyLatePenalty(rawPoints, percent),
      });
      em.persist(review);
      submission.status = SubmissionStatus.Graded;
      // A grade already there means this review changes it: the audit log calls that a regrade.
      const existing = await em.count(Grade, {
        learner: submission.learner.id,
        kind: AssessmentKind.Assignment,
        assessmentId: assignment.id,
      });
      await this.grades.record(em, {
        learnerId: submission.learner.id,
        programId,
        kind: AssessmentKind.Assignment,
        assessmentId: assignment.id,
        points: review.points,
        maxPoints: assignment.maxPoints,
        source: existing > 0 ? GradeSource.Regrade : GradeSource.Review,
        reason:
          `Review of submission version ${submission.version}` + (percent > 0 ? ` (${percent}% late penalty)` : ''),
        actorId: caller.id,
      });
      return { review, submission };
    });
    this.events.publish(AssessmentsEvents.SubmissionReviewed, {
      reviewId: review.id,
      submissionId: submission.id,
      assignmentId: submission.assignment.id,
      learnerId: submission.learner.id,
    });
    return toReviewView(review, { lateDays: submission.lateDays, maxPoints: submission.assignment.maxPoints });
  }
}
