import { Module } from '@nestjs/common';
import { QuizzesModule } from '@prodev/assessments';
import { AttemptsController } from './attempts/attempts.controller';
import { QuestionsController } from './questions.controller';
import { QuizExtensionsController } from './quiz-extensions.controller';
import { QuizzesController } from './quizzes.controller';

/** REST controllers of quizzes: authoring, attempts and extensions. */
@Module({
  imports: [QuizzesModule],
  controllers: [QuizzesController, QuestionsController, AttemptsController, QuizExtensionsController],
})
export class QuizzesHttpModule {}
