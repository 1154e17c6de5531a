import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Quiz } from '../quiz.entity';

/**
 * One learner's override of a quiz's limits. One row per (quiz, learner): a new
 * grant replaces the previous one, so the row always states the override in force.
 */
@Entity({ tableName: 'quiz_extensions' })
@Unique({ properties: ['quiz', 'learner'] })
export class QuizExtension extends BaseEntity {
  @ManyToOne(() => Quiz, { deleteRule: 'cascade' })
  quiz!: Rel<Quiz>;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  learner!: Rel<User>;

  @Property({ type: 'integer' })
  extraAttempts: number;

  @Property({ type: 'integer' })
  extraTimeSeconds: number;

  @Property({ type: 'text' })
  reason: string;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  grantedBy: Rel<User> | null;

  constructor(init: {
    quiz: Rel<Quiz>;
    learner: Rel<User>;
    extraAttempts: number;
    extraTimeSeconds: number;
    reason: string;
    grantedBy: Rel<User> | null;
  }) {
    super();
    this.quiz = init.quiz;
    this.learner = init.learner;
    this.extraAttempts = init.extraAttempts;
    this.extraTimeSeconds = init.extraTimeSeconds;
    this.reason = init.reason;
    this.grantedBy = init.grantedBy;
  }
}
