import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Assignment } from './assignment.entity';

/** One learner's own due date for an assignment; it wins over the assignment's. Granting again replaces it. */
@Entity({ tableName: 'assignment_extensions' })
@Unique({ properties: ['assignment', 'learner'] })
@Index({ properties: ['learner'] })
export class AssignmentExtension extends BaseEntity {
  @ManyToOne(() => Assignment, { deleteRule: 'cascade' })
  assignment!: Rel<Assignment>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  learner!: Rel<User>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt: Date;

  @Property({ type: 'text' })
  reason: string;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  grantedBy: Rel<User> | null;

  constructor(init: {
    assignment: Rel<Assignment>;
    learner: Rel<User>;
    dueAt: Date;
    reason: string;
    grantedBy: Rel<User>;
  }) {
    super();
    this.assignment = init.assignment;
    this.learner = init.learner;
    this.dueAt = init.dueAt;
    this.reason = init.reason;
    this.grantedBy = init.grantedBy;
  }
}
