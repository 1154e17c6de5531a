// Public surface of @prodev/curriculum. Apps import this library only through this file.
export { CurriculumModule } from './curriculum.module';
export { Cohort } from './cohorts/cohort.entity';
export { Enrollment } from './enrollments/enrollment.entity';
export { EnrollmentStatus } from './enrollments/enrollment-status';
export { Lesson } from './lessons/lesson.entity';
export { Tag } from './lessons/tag.entity';
export { ProgramModule } from './modules/program-module.entity';
export { Program } from './programs/program.entity';
export { ProgramLevel } from './programs/program-level';
export { LessonCompletion } from './progress/lesson-completion.entity';
