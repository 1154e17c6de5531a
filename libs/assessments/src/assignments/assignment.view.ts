import type { Assignment } from './assignment.entity';
import type { LatePolicy } from './late-penalty';
import type { RubricCriterion } from './rubric';

export interface AssignmentView {
  readonly id: string;
  readonly moduleId: string;
  readonly title: string;
  readonly instructions: string;
  readonly dueAt: Date;
  readonly maxPoints: number;
  readonly rubric: RubricCriterion[];
  readonly latePolicy: LatePolicy;
  readonly createdAt: Date;
}

export function toAssignmentView(assignment: Assignment): AssignmentView {
  return {
    id: assignment.id,
    moduleId: assignment.module.id,
    title: assignment.title,
    instructions: assignment.instructions,
    dueAt: assignment.dueAt,
    maxPoints: assignment.maxPoints,
    rubric: assignment.rubric,
    latePolicy: assignment.latePolicy,
    createdAt: assignment.createdAt,
  };
}
