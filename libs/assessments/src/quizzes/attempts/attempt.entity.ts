import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Quiz } from '../quiz.entity';
import { AttemptStatus } from '../quiz-enums';
import type { AttemptAnswer, QuestionFeedback } from './attempt-answer';

type OptionalAttemptProps =
  | 'status'
  | 'submittedAt'
  | 'gradedAt'
  | 'score'
  | 'maxScore'
  | 'percent'
  | 'passed'
  | 'answers'
  | 'feedback'
  | 'submitIdempotencyKey';

@Entity({ tableName: 'attempts' })
@Unique({ properties: ['quiz', 'learner', 'attemptNumber'] })
@Index({ properties: ['learner', 'quiz', 'status'] })
@Index({ properties: ['quiz', 'startedAt'] })
@Index({ properties: ['status', 'deadline'] })
export class Attempt extends BaseEntity<OptionalAttemptProps> {
  @ManyToOne(() => Quiz, { deleteRule: 'cascade' })
  quiz!: Rel<Quiz>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  learner!: Rel<User>;

  @Property({ type: 'integer' })
  attemptNumber!: number;

  @Enum({ items: () => AttemptStatus, nativeEnumName: 'attempt_status' })
  status: AttemptStatus = AttemptStatus.InProgress;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt!: Date;

  /** Answers are refused from here on; null when neither a time limit nor a window closes it. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deadline!: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  gradedAt: Date | null = null;

  /** The questions of this attempt, in the order shown; fixed at start so later edits do not move them. */
  @Property({ type: 'string[]', columnType: 'uuid[]' })
  questionOrder!: string[];

  /** By question id; replaced question by question while in progress. */
  @Property({ type: 'jsonb' })
  answers: Record<string, AttemptAnswer> = {};

  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number', nullable: true })
  score: number | null = null;

  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number', nullable: true })
  maxScore: number | null = null;

  @Property({ type: 'decimal', precision: 5, scale: 2, runtimeType: 'number', nullable: true })
  percent: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  passed: boolean | null = null;

  @Property({ type: 'jsonb', nullable: true })
  feedback: QuestionFeedback[] | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  submitIdempotencyKey: string | null = null;

  constructor(init: {
    quiz: Rel<Quiz>;
    learner: Rel<User>;
    attemptNumber: number;
    startedAt: Date;
    deadline: Date | null;
    questionOrder: string[];
  }) {
    super();
    this.quiz = init.quiz;
    this.learner = init.learner;
    this.attemptNumber = init.attemptNumber;
    this.startedAt = init.startedAt;
    this.deadline = init.deadline;
    this.questionOrder = init.questionOrder;
  }
}
