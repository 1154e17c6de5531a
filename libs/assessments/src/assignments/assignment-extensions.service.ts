import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role, User, type AuthUser } from '@prodev/auth';
import { assertMayActOnLearner, findAssignment, programOf, visibleEnrollments } from './assignment-access';
import { AssignmentExtension } from './assignment-extension.entity';
import { LearnerNotEnrolledError } from './assignment.errors';
import { toAssignmentExtensionView, type AssignmentExtensionView } from './assignment-extension.view';

export interface GrantExtensionInput {
  readonly learnerId: string;
  readonly dueAt: Date;
  readonly reason: string;
}

/** One learner's own due date for an assignment, granted by their cohort's mentor or an admin. */
@Injectable()
export class AssignmentExtensionsService {
  constructor(private readonly em: EntityManager) {}

  /** Granting again replaces the learner's due date and reason (the latest decision wins). */
  async grant(assignmentId: string, input: GrantExtensionInput, caller: AuthUser): Promise<AssignmentExtensionView> {
    const assignment = await findAssignment(this.em, assignmentId);
    const programId = programOf(assignment);
    const learner = await this.em.findOne(User, { id: input.learnerId });
    const enrolled =
      learner?.role === Role.Learner && (await visibleEnrollments(this.em, learner.id, programId)).length > 0;
    if (learner === null || !enrolled) throw new LearnerNotEnrolledError(input.learnerId);
    await assertMayActOnLearner(this.em, caller, learner.id, programId);
    const grantedBy = this.em.getReference(User, caller.id);
    const existing = await this.em.findOne(AssignmentExtension, { assignment, learner });
    let extension = existing;
    if (extension === null) {
      extension = new AssignmentExtension({ assignment, learner, dueAt: input.dueAt, reason: input.reason, grantedBy });
      this.em.persist(extension);
    } else {
      extension.dueAt = input.dueAt;
      extension.reason = input.reason;
      extension.grantedBy = grantedBy;
    }
    try {
      await this.em.flush();
    } catch (error) {
      // Two first grants at once: the unique (assignment, learner) pair keeps one; the loser replaces it.
      if (!(error instanceof UniqueConstraintViolationException) || existing !== null) throw error;
      this.em.clear();
      return this.grant(assignmentId, input, caller);
    }
    return toAssignmentExtensionView(extension);
  }
}
