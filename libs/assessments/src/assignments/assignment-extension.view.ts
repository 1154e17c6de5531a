import type { AssignmentExtension } from './assignment-extension.entity';

export interface AssignmentExtensionView {
  readonly id: string;
  readonly assignmentId: string;
  readonly learnerId: string;
  readonly dueAt: Date;
  readonly reason: string;
  readonly grantedById: string | null;
  readonly grantedAt: Date;
}

export function toAssignmentExtensionView(extension: AssignmentExtension): AssignmentExtensionView {
  return {
    id: extension.id,
    assignmentId: extension.assignment.id,
    learnerId: extension.learner.id,
    dueAt: extension.dueAt,
    reason: extension.reason,
    grantedById: extension.grantedBy?.id ?? null,
    grantedAt: extension.updatedAt,
  };
}
