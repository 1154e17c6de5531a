import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Program } from '@prodev/curriculum';
import { AssessmentKind } from './assessment-kind';

/**
 * A learner's current grade on one assessment (a quiz, following its grading
 * method, or an assignment's reviewed submission). One row per pair: the grade
 * book and the leaderboard read this table, never the attempts.
 */
@Entity({ tableName: 'grades' })
@Unique({ properties: ['learner', 'kind', 'assessmentId'] })
@Index({ properties: ['program', 'learner'] })
export class Grade extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  learner!: Rel<User>;

  // The assessment's program, so a cohort's grade book filters without walking modules.
  @ManyToOne(() => Program, { deleteRule: 'cascade' })
  program!: Rel<Program>;

  @Enum({ items: () => AssessmentKind, nativeEnumName: 'assessment_kind' })
  kind: AssessmentKind;

  @Property({ type: 'uuid' })
  assessmentId: string;

  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number' })
  points: number;

  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number' })
  maxPoints: number;

  constructor(init: {
    learner: Rel<User>;
    program: Rel<Program>;
    kind: AssessmentKind;
    assessmentId: string;
    points: number;
    maxPoints: number;
  }) {
    super();
    this.learner = init.learner;
    this.program = init.program;
    this.kind = init.kind;
    this.assessmentId = init.assessmentId;
    this.points = init.points;
    this.maxPoints = init.maxPoints;
  }
}
