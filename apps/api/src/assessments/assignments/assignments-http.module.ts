import { Module } from '@nestjs/common';
import { AssessmentsModule } from '@prodev/assessments';
import { AssignmentsController } from './assignments.controller';
import { SubmissionsController } from './submissions.controller';

/** REST controllers of assignments: creating them, submissions, reviews and extensions. */
@Module({
  imports: [AssessmentsModule],
  controllers: [AssignmentsController, SubmissionsController],
})
export class AssignmentsHttpModule {}
