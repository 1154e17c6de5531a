import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import type { CriterionScore } from './rubric';
import { Submission } from './submission.entity';

/** A mentor's review of one submission; a re-review adds a row, so earlier reviews stay as history. */
@Entity({ tableName: 'reviews' })
@Index({ properties: ['submission', 'createdAt'] })
@Index({ properties: ['reviewer'] })
export class Review extends BaseEntity {
  @ManyToOne(() => Submission, { deleteRule: 'cascade' })
  submission!: Rel<Submission>;

  // Set null: a deleted mentor account must not take the learner's review with it.
  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  reviewer: Rel<User> | null;

  @Property({ type: 'jsonb' })
  scores: CriterionScore[];

  @Property({ type: 'text' })
  feedback: string;

  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number' })
  rawPoints: number;

  @Property({ type: 'decimal', precision: 5, scale: 2, runtimeType: 'number' })
  penaltyPercent: number;

  /** Raw points minus the late penalty: what the grade is. */
  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number' })
  points: number;

  constructor(init: {
    submission: Rel<Submission>;
    reviewer: Rel<User>;
    scores: CriterionScore[];
    feedback: string;
    rawPoints: number;
    penaltyPercent: number;
    points: number;
  }) {
    super();
    this.submission = init.submission;
    this.reviewer = init.reviewer;
    this.scores = init.scores;
    this.feedback = init.feedback;
    this.rawPoints = init.rawPoints;
    this.penaltyPercent = init.penaltyPercent;
    this.points = init.points;
  }
}
