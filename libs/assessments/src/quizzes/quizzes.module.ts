import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { GradesService } from '../grades/grades.service';
import { AttemptGrader } from './attempts/attempt-grader.service';
import { AttemptSubmissionService } from './attempts/attempt-submission.service';
import { Attempt } from './attempts/attempt.entity';
import { AttemptsService } from './attempts/attempts.service';
import { QuizExtension } from './extensions/quiz-extension.entity';
import { QuizExtensionsService } from './extensions/quiz-extensions.service';
import { AutoSubmitAttemptHandler } from './jobs/auto-submit-attempt.handler';
import { GradeAttemptHandler } from './jobs/grade-attempt.handler';
import { Question } from './questions/question.entity';
import { QuestionsService } from './questions/questions.service';
import { Quiz } from './quiz.entity';
import { QuizzesService } from './quizzes.service';

/** Quizzes, their questions, timed attempts with auto-grading, and per-learner extensions. */
@Module({
  imports: [MikroOrmModule.forFeature([Quiz, Question, Attempt, QuizExtension])],
  providers: [
    GradesService,
    QuizzesService,
    QuestionsService,
    AttemptsService,
    AttemptSubmissionService,
    AttemptGrader,
    QuizExtensionsService,
    GradeAttemptHandler,
    AutoSubmitAttemptHandler,
  ],
  exports: [QuizzesService, QuestionsService, AttemptsService, AttemptSubmissionService, QuizExtensionsService],
})
export class QuizzesModule {}
