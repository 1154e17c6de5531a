import type { Cohort } from './cohort.entity';

export interface CohortMentorView {
  readonly id: string;
  readonly name: string;
}

export interface CohortView {
  readonly id: string;
  readonly programId: string;
  readonly name: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly capacity: number;
  readonly enrolledCount: number;
  readonly mentors: CohortMentorView[];
}

/** `cohort.mentors` must be initialised. */
export function toCohortView(cohort: Cohort, enrolledCount: number): CohortView {
  return {
    id: cohort.id,
    programId: cohort.program.id,
    name: cohort.name,
    startsAt: cohort.startsAt,
    endsAt: cohort.endsAt,
    capacity: cohort.capacity,
    enrolledCount,
    mentors: cohort.mentors
      .getItems()
      .map((mentor) => ({ id: mentor.id, name: mentor.name }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}
