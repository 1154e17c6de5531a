import { Cohort } from './cohorts/cohort.entity';
import { Enrollment } from './enrollments/enrollment.entity';
import { Lesson } from './lessons/lesson.entity';
import { Tag } from './lessons/tag.entity';
import { ProgramModule } from './modules/program-module.entity';
import { Program } from './programs/program.entity';
import { LessonCompletion } from './progress/lesson-completion.entity';

export const CURRICULUM_ENTITIES = [Program, ProgramModule, Lesson, Tag, Cohort, Enrollment, LessonCompletion];
