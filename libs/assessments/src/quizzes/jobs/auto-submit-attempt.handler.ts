import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '@prodev/core';
import { AttemptSubmissionService } from '../attempts/attempt-submission.service';
import { AutoSubmitAttemptJob, type AttemptJobPayload } from './quiz.jobs';

@Injectable()
@HandlesJob(AutoSubmitAttemptJob)
export class AutoSubmitAttemptHandler implements JobHandler<'assessments.auto-submit-attempt'> {
  constructor(private readonly submissions: AttemptSubmissionService) {}

  async handle({ attemptId }: AttemptJobPayload): Promise<void> {
    const outcome = await this.submissions.submitAtDeadline(attemptId);
    // Failing makes the job bus retry with backoff, by which time the deadline has passed.
    if (outcome === 'early') throw new Error(`Attempt ${attemptId} is not due yet`);
  }
}
