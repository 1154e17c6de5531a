import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@prodev/auth';
import { JobBus, type StagedJob } from '@prodev/core';
import { GradeAttemptJob } from '../jobs/quiz.jobs';
import { AttemptStatus } from '../quiz-enums';
import { Attempt } from './attempt.entity';
import { AttemptNotFoundError, InvalidIdempotencyKeyError } from './attempt.errors';
import type { SubmittedAttemptView } from './attempt.view';

/** The column's width. */
const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** Where an attempt becomes `submitted`: by its learner, or by the deadline job. */
@Injectable()
export class AttemptSubmissionService {
  constructor(
    private readonly em: EntityManager,
    private readonly jobs: JobBus,
  ) {}

  /**
   * Idempotent: the row lock lets one submit change the status and stage the
   * grading job (in the same transaction); every other submit, concurrent or
   * later, with or without the same Idempotency-Key, sees it submitted and
   * returns the same attempt without another job.
   */
  async submit(attemptId: string, caller: AuthUser, idempotencyKey: string | null): Promise<SubmittedAttemptView> {
    if (idempotencyKey !== null && (idempotencyKey === '' || idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      throw new InvalidIdempotencyKeyError(MAX_IDEMPOTENCY_KEY_LENGTH);
    }
    const staged: StagedJob[] = [];
    const attempt = await this.em.transactional(async (em) => {
      const locked = await em.findOne(Attempt, { id: attemptId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (locked === null || locked.learner.id !== caller.id) throw new AttemptNotFoundError(attemptId);
      // Past the deadline but not yet auto-submitted: submitting now is what the deadline job would do.
      if (locked.status === AttemptStatus.InProgress) {
        staged.push(this.markSubmitted(em, locked, new Date(), idempotencyKey));
      }
      return locked;
    });
    await this.jobs.dispatch(...staged);
    return { id: attempt.id, status: attempt.status };
  }

  /**
   * The deadline job's submit: only an attempt still in progress once its
   * deadline has passed. Returns 'early' when the job ran before the deadline
   * (another process's clock), so the caller can retry later.
   */
  async submitAtDeadline(attemptId: string, now = new Date()): Promise<'submitted' | 'unchanged' | 'early'> {
    const staged: StagedJob[] = [];
    const outcome = await this.em.transactional(async (em) => {
      const locked = await em.findOne(Attempt, { id: attemptId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (locked === null || locked.status !== AttemptStatus.InProgress || locked.deadline === null) return 'unchanged';
      if (now < locked.deadline) return 'early';
      staged.push(this.markSubmitted(em, locked, locked.deadline, null));
      return 'submitted';
    });
    await this.jobs.dispatch(...staged);
    return outcome;
  }

  private markSubmitted(em: EntityManager, attempt: Attempt, at: Date, idempotencyKey: string | null): StagedJob {
    attempt.status = AttemptStatus.Submitted;
    attempt.submittedAt = at;
    attempt.submitIdempotencyKey = idempotencyKey;
    return this.jobs.stage(em, GradeAttemptJob, { attemptId: attempt.id });
  }
}
