import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@prodev/auth';
import { ProgramModule } from '@prodev/curriculum';
import { findVisibleAssignment } from './assignment-access';
import { Assignment } from './assignment.entity';
import { AssignmentModuleNotFoundError, InvalidRubricError } from './assignment.errors';
import { toAssignmentView, type AssignmentView } from './assignment.view';
import type { LatePolicy } from './late-penalty';
import { rubricProblems, type RubricCriterion } from './rubric';

export interface CreateAssignmentInput {
  readonly title: string;
  readonly instructions: string;
  readonly dueAt: Date;
  readonly maxPoints: number;
  readonly rubric: readonly RubricCriterion[];
  readonly latePolicy: LatePolicy;
}

/** Assignments on a module: created by staff, read by staff and the program's learners. */
@Injectable()
export class AssignmentsService {
  constructor(private readonly em: EntityManager) {}

  async create(moduleId: string, input: CreateAssignmentInput): Promise<AssignmentView> {
    const module = await this.em.findOne(ProgramModule, { id: moduleId });
    if (module === null) throw new AssignmentModuleNotFoundError(moduleId);
    const problems = rubricProblems(input.rubric, input.maxPoints);
    if (problems.length > 0) throw new InvalidRubricError(problems);
    const assignment = new Assignment({
      module,
      title: input.title,
      instructions: input.instructions,
      dueAt: input.dueAt,
      maxPoints: input.maxPoints,
      // Plain objects only: the DTO instances would otherwise leak class metadata into jsonb.
      rubric: input.rubric.map(({ criterion, description, points }) => ({ criterion, description, points })),
      latePolicy: {
        penaltyPercentPerDay: input.latePolicy.penaltyPercentPerDay,
        maxLateDays: input.latePolicy.maxLateDays,
      },
    });
    await this.em.persistAndFlush(assignment);
    return toAssignmentView(assignment);
  }

  async get(id: string, caller: AuthUser): Promise<AssignmentView> {
    return toAssignmentView(await findVisibleAssignment(this.em, id, caller));
  }
}
