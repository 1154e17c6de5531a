// Public surface of @prodev/curriculum. Apps import this library only through this file.
export { CurriculumModule } from './curriculum.module';
export { Cohort } from './cohorts/cohort.entity';
export { findManagedCohort } from './cohorts/cohort-access';
export { CohortNotFoundError } from './cohorts/cohort.errors';
export { Enrollment } from './enrollments/enrollment.entity';
export { EnrollmentStatus } from './enrollments/enrollment-status';
export { Lesson } from './lessons/lesson.entity';
export { Tag } from './lessons/tag.entity';
export { ProgramModule } from './modules/program-module.entity';
export { Program } from './programs/program.entity';
export { ProgramLevel } from './programs/program-level';
export { LessonCompletion } from './progress/lesson-completion.entity';
export { CohortsService, type CreateCohortInput } from './cohorts/cohorts.service';
export type { CohortMentorView, CohortView } from './cohorts/cohort.view';
export {
  CurriculumEvents,
  type CurriculumEventName,
  type CurriculumEventPayloads,
  type EnrollmentCreatedEvent,
  type EnrollmentWithdrawnEvent,
  type LessonCompletedEvent,
} from './events/curriculum.events';
export {
  PROGRAM_SORT_FIELDS,
  ProgramsService,
  type CreateProgramInput,
  type ListProgramsQuery,
  type UpdateProgramInput,
} from './programs/programs.service';
export type { ProgramView } from './programs/program.view';
export type { Caller } from './programs/caller';
export { ModulesService, type CreateModuleInput, type UpdateModuleInput } from './modules/modules.service';
export type { ProgramModuleView } from './modules/program-module.view';
export {
  LESSON_SORT_FIELDS,
  LessonsService,
  type CreateLessonInput,
  type ListLessonsQuery,
  type UpdateLessonInput,
} from './lessons/lessons.service';
export type { LessonSummaryView, LessonView } from './lessons/lesson.view';
export { OutlineService, type OutlineRead } from './outline/outline.service';
export type { OutlineLessonView, OutlineModuleView, OutlineView } from './outline/outline.view';
export { CurriculumSeeder, type CurriculumSeedResult } from './seed/curriculum-seeder.service';
export { PRODEV_PROGRAM, SEED_TAGS, type SeedProgram } from './seed/prodev-program.data';
export {
  ENROLLMENT_SORT_FIELDS,
  EnrollmentsService,
  type ListEnrollmentsQuery,
} from './enrollments/enrollments.service';
export type { CohortEnrollmentView, EnrollmentView, MyEnrollmentView } from './enrollments/enrollment.view';
export { CompletionsService } from './progress/completions.service';
export { ProgressService } from './progress/progress.service';
export type {
  CompletionTally,
  LearnerProgressView,
  ModuleProgressView,
  ProgramProgressView,
} from './progress/progress.view';
