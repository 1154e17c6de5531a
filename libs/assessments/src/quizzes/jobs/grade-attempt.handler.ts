import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '@prodev/core';
import { AttemptGrader } from '../attempts/attempt-grader.service';
import { GradeAttemptJob, type AttemptJobPayload } from './quiz.jobs';

@Injectable()
@HandlesJob(GradeAttemptJob)
export class GradeAttemptHandler implements JobHandler<'assessments.grade-attempt'> {
  constructor(private readonly grader: AttemptGrader) {}

  handle({ attemptId }: AttemptJobPayload): Promise<void> {
    return this.grader.grade(attemptId);
  }
}
