import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role, User } from '@prodev/auth';
import { Enrollment } from '../enrollments/enrollment.entity';
import { EnrollmentStatus } from '../enrollments/enrollment-status';
import { Program } from '../programs/program.entity';
import { Cohort } from './cohort.entity';
import { CohortNotFoundError, InvalidCohortDatesError, InvalidMentorsError } from './cohort.errors';
import { toCohortView, type CohortView } from './cohort.view';
import { ProgramNotFoundError } from '../programs/program.errors';
import { programWhere } from '../programs/program-lookup';

export interface CreateCohortInput {
  readonly name: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly capacity: number;
}

/** Cohorts of a program: creation and mentors (admins), reading (anyone signed in). */
@Injectable()
export class CohortsService {
  constructor(private readonly em: EntityManager) {}

  async create(programIdOrSlug: string, input: CreateCohortInput): Promise<CohortView> {
    if (input.endsAt.getTime() <= input.startsAt.getTime()) throw new InvalidCohortDatesError();
    const program = await this.em.findOne(Program, programWhere(programIdOrSlug));
    if (program === null) throw new ProgramNotFoundError(programIdOrSlug);
    const cohort = new Cohort(program, input.name.trim(), input.startsAt, input.endsAt, input.capacity);
    await this.em.persistAndFlush(cohort);
    return toCohortView(cohort, 0);
  }

  async get(id: string): Promise<CohortView> {
    const cohort = await this.em.findOne(Cohort, { id }, { populate: ['mentors'] });
    if (cohort === null) throw new CohortNotFoundError(id);
    return toCohortView(cohort, await this.enrolledCount(id));
  }

  /** Replaces the cohort's mentors; each must be an active user with the mentor role. */
  async setMentors(id: string, mentorIds: readonly string[]): Promise<CohortView> {
    const cohort = await this.em.findOne(Cohort, { id }, { populate: ['mentors'] });
    if (cohort === null) throw new CohortNotFoundError(id);
    const unique = [...new Set(mentorIds)];
    const mentors =
      unique.length === 0 ? [] : await this.em.find(User, { id: unique, role: Role.Mentor, active: true });
    const found = new Set(mentors.map((mentor) => mentor.id));
    const invalid = unique.filter((mentorId) => !found.has(mentorId));
    if (invalid.length > 0) throw new InvalidMentorsError(invalid);
    cohort.mentors.set(mentors);
    await this.em.flush();
    return toCohortView(cohort, await this.enrolledCount(id));
  }

  private enrolledCount(cohortId: string): Promise<number> {
    return this.em.count(Enrollment, { cohort: cohortId, status: EnrollmentStatus.Active });
  }
}
