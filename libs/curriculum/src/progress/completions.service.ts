import { UniqueConstraintViolationException, type Loaded } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { User, type AuthUser } from '@prodev/auth';
import { EnrollmentStatus } from '../enrollments/enrollment-status';
import { Enrollment } from '../enrollments/enrollment.entity';
import { NotEnrolledError } from '../enrollments/enrollment.errors';
import { CurriculumEventsPublisher } from '../events/curriculum-events.publisher';
import { CurriculumEvents } from '../events/curriculum.events';
import { Lesson } from '../lessons/lesson.entity';
import { LessonCompletion } from './lesson-completion.entity';
import { LessonNotFoundError } from '../lessons/lesson.errors';
import { PrerequisitesIncompleteError } from './progress.errors';

/** A learner marking lessons done (or not done) in a program they are actively enrolled in. */
@Injectable()
export class CompletionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: CurriculumEventsPublisher,
  ) {}

  /** Idempotent: completing a completed lesson changes nothing and emits nothing. */
  async complete(lessonId: string, caller: AuthUser): Promise<void> {
    const { lesson, programId } = await this.findForLearner(lessonId, caller);
    const existing = await this.em.count(LessonCompletion, { learner: caller.id, lesson: lesson.id });
    if (existing > 0) return;
    const prerequisiteIds = lesson.prerequisites.getItems().map((prerequisite) => prerequisite.id);
    if (prerequisiteIds.length > 0) {
      const done = await this.em.find(
        LessonCompletion,
        { learner: caller.id, lesson: prerequisiteIds },
        { fields: ['lesson'] },
      );
      const doneIds = new Set(done.map((completion) => completion.lesson.id));
      const missing = prerequisiteIds.filter((id) => !doneIds.has(id)).sort();
      if (missing.length > 0) throw new PrerequisitesIncompleteError(missing);
    }
    try {
      await this.em.persistAndFlush(new LessonCompletion(this.em.getReference(User, caller.id), lesson));
    } catch (error) {
      // A concurrent identical request completed it first: the outcome is the same.
      if (error instanceof UniqueConstraintViolationException) return;
      throw error;
    }
    this.events.publish(CurriculumEvents.LessonCompleted, { learnerId: caller.id, lessonId: lesson.id, programId });
  }

  /** Removing a completion others depend on is allowed: those stay completed. */
  async uncomplete(lessonId: string, caller: AuthUser): Promise<void> {
    await this.findForLearner(lessonId, caller);
    await this.em.nativeDelete(LessonCompletion, { learner: caller.id, lesson: lessonId });
  }

  private async findForLearner(
    lessonId: string,
    caller: AuthUser,
  ): Promise<{ lesson: Loaded<Lesson, 'module' | 'prerequisites'>; programId: string }> {
    const lesson = await this.em.findOne(Lesson, { id: lessonId }, { populate: ['module', 'prerequisites'] });
    if (lesson === null) throw new LessonNotFoundError(lessonId);
    const programId = lesson.module.program.id;
    const enrolled = await this.em.count(Enrollment, {
      learner: caller.id,
      status: EnrollmentStatus.Active,
      cohort: { program: programId },
    });
    if (enrolled === 0) throw new NotEnrolledError();
    return { lesson, programId };
  }
}
