/** Lessons done out of lessons total, and the whole percent of it. */
export interface CompletionTally {
  readonly lessonsDone: number;
  readonly lessonsTotal: number;
  readonly percent: number;
}

export interface ModuleProgressView extends CompletionTally {
  readonly moduleId: string;
  readonly title: string;
}

/** GET /me/progress: one program, per module and in total. */
export interface ProgramProgressView extends CompletionTally {
  readonly programId: string;
  readonly title: string;
  readonly modules: ModuleProgressView[];
}

/** One learner's line in a cohort's progress page. */
export interface LearnerProgressView extends CompletionTally {
  readonly learnerId: string;
  readonly name: string;
  readonly email: string;
}
