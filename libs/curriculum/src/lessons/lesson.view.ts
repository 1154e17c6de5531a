import type { Lesson } from './lesson.entity';

/** A lesson in lists: everything but the content. */
export interface LessonSummaryView {
  readonly id: string;
  readonly programId: string;
  readonly moduleId: string;
  readonly title: string;
  readonly estimatedMinutes: number;
  readonly position: number;
  readonly tags: string[];
  readonly prerequisiteLessonIds: string[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The full lesson, with its markdown content. */
export interface LessonView extends LessonSummaryView {
  readonly content: string;
}

/** Needs `module`, `tags` and `prerequisites` loaded. */
export function toLessonSummaryView(lesson: Lesson): LessonSummaryView {
  return {
    id: lesson.id,
    programId: lesson.module.program.id,
    moduleId: lesson.module.id,
    title: lesson.title,
    estimatedMinutes: lesson.estimatedMinutes,
    position: lesson.position,
    tags: lesson.tags
      .getItems()
      .map((tag) => tag.name)
      .sort(),
    prerequisiteLessonIds: lesson.prerequisites
      .getItems()
      .map((prerequisite) => prerequisite.id)
      .sort(),
    createdAt: lesson.createdAt,
    updatedAt: lesson.updatedAt,
  };
}

/** Needs `content` loaded too. */
export function toLessonView(lesson: Lesson): LessonView {
  return { ...toLessonSummaryView(lesson), content: lesson.content };
}
