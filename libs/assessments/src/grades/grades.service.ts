import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { User } from '@prodev/auth';
import { Program } from '@prodev/curriculum';
import type { AssessmentKind } from './assessment-kind';
import { GradeAuditEntry } from './grade-audit-entry.entity';
import { Grade } from './grade.entity';
import type { GradeSource } from './grade-source';

export interface RecordGradeInput {
  readonly learnerId: string;
  readonly programId: string;
  readonly kind: AssessmentKind;
  readonly assessmentId: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly source: GradeSource;
  readonly reason: string;
  /** Null when the system wrote it (auto-grading). */
  readonly actorId: string | null;
}

/**
 * The one way a grade is written: sets the learner's grade for an assessment
 * and appends the audit entry, in the caller's transaction (pass its
 * EntityManager), so a grade never changes without its audit row.
 */
@Injectable()
export class GradesService {
  async record(em: EntityManager, input: RecordGradeInput): Promise<Grade> {
    const key = { learner: input.learnerId, kind: input.kind, assessmentId: input.assessmentId };
    // Locks the row so two writers of one grade (a regrade racing a review) append in order.
    let grade = await em.findOne(Grade, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const before = grade?.points ?? null;
    if (grade === null) {
      grade = new Grade({
        learner: em.getReference(User, input.learnerId),
        program: em.getReference(Program, input.programId),
        kind: input.kind,
        assessmentId: input.assessmentId,
        points: input.points,
        maxPoints: input.maxPoints,
      });
      em.persist(grade);
    } else {
      grade.points = input.points;
      grade.maxPoints = input.maxPoints;
    }
    em.persist(
      new GradeAuditEntry({
        grade,
        actor: input.actorId === null ? null : em.getReference(User, input.actorId),
        source: input.source,
        pointsBefore: before,
        pointsAfter: input.points,
        reason: input.reason,
      }),
    );
    await em.flush();
    return grade;
  }
}
