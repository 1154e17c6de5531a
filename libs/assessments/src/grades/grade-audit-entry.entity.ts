import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Grade } from './grade.entity';
import { GradeSource } from './grade-source';

/** One write to a grade: who (null for the system), when, before, after, why. Append-only. */
@Entity({ tableName: 'grade_audit_entries' })
@Index({ properties: ['grade', 'createdAt'] })
export class GradeAuditEntry extends BaseEntity {
  @ManyToOne(() => Grade, { deleteRule: 'cascade' })
  grade!: Rel<Grade>;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  actor: Rel<User> | null;

  @Enum({ items: () => GradeSource, nativeEnumName: 'grade_source' })
  source: GradeSource;

  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number', nullable: true })
  pointsBefore: number | null;

  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number' })
  pointsAfter: number;

  @Property({ type: 'text' })
  reason: string;

  constructor(init: {
    grade: Rel<Grade>;
    actor: Rel<User> | null;
    source: GradeSource;
    pointsBefore: number | null;
    pointsAfter: number;
    reason: string;
  }) {
    super();
    this.grade = init.grade;
    this.actor = init.actor;
    this.source = init.source;
    this.pointsBefore = init.pointsBefore;
    this.pointsAfter = init.pointsAfter;
    this.reason = init.reason;
  }
}
