import type { ProgramLevel } from '../programs/program-level';

export interface OutlineLessonView {
  readonly id: string;
  readonly title: string;
  readonly position: number;
  readonly estimatedMinutes: number;
  readonly prerequisiteLessonIds: string[];
  readonly tags: string[];
}

export interface OutlineModuleView {
  readonly id: string;
  readonly title: string;
  readonly position: number;
  readonly lessons: OutlineLessonView[];
}

/** A program's tree, modules and lessons in order (quizzes and assignments join it with assessments). */
export interface OutlineView {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly level: ProgramLevel;
  readonly modules: OutlineModuleView[];
}
