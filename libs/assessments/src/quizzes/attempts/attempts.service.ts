import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role, User, type AuthUser } from '@prodev/auth';
import { JobBus, pageWindow, toOrderBy, toPage, type Page, type PageRequest, type StagedJob } from '@prodev/core';
import { QuizExtension } from '../extensions/quiz-extension.entity';
import { AutoSubmitAttemptJob } from '../jobs/quiz.jobs';
import { toLearnerQuestionView } from '../questions/question.view';
import { Question } from '../questions/question.entity';
import { isActiveLearnerOfProgram, mentoredLearnerIds } from '../../access/program-access';
import { Quiz } from '../quiz.entity';
import { QuizNotFoundError } from '../quiz.errors';
import { AttemptStatus } from '../quiz-enums';
import type { AttemptAnswer } from './attempt-answer';
import { canSeeAttempt } from './attempt-access';
import { attemptDeadline } from './attempt-deadline';
import { Attempt } from './attempt.entity';
import {
  AttemptClosedError,
  AttemptInProgressError,
  AttemptNotFoundError,
  AttemptsUsedUpError,
  InvalidAnswersError,
  NotEnrolledForQuizError,
  QuizNotAvailableError,
} from './attempt.errors';
import { loadAttemptQuestions, shuffled } from './attempt-questions';
import { toAttemptSummaryView, toAttemptView, type AttemptSummaryView, type AttemptView } from './attempt.view';

export interface AnswerInput extends AttemptAnswer {
  readonly questionId: string;
}

export const ATTEMPT_SORT_FIELDS = ['startedAt', 'attemptNumber', 'score'] as const;

/** Starting attempts, saving answers while the clock runs, and reading them back. Submitting: AttemptSubmissionService. */
@Injectable()
export class AttemptsService {
  constructor(
    private readonly em: EntityManager,
    private readonly jobs: JobBus,
  ) {}

  /**
   * Starts the learner's next attempt. Limits are read and the attempt is
   * written in one transaction; two simultaneous starts collide on the unique
   * (quiz, learner, attempt number), and the loser gets 409.
   */
  async start(quizId: string, caller: AuthUser): Promise<AttemptView> {
    const quiz = await this.em.findOne(Quiz, { id: quizId }, { populate: ['module'] });
    if (quiz === null) throw new QuizNotFoundError(quizId);
    if (!(await isActiveLearnerOfProgram(this.em, caller.id, quiz.module.program.id))) {
      throw new NotEnrolledForQuizError();
    }
    const now = new Date();
    if (
      (quiz.availableFrom !== null && now < quiz.availableFrom) ||
      (quiz.availableUntil !== null && now >= quiz.availableUntil)
    ) {
      throw new QuizNotAvailableError();
    }
    const staged: StagedJob[] = [];
    let attempt: Attempt;
    let questions: Question[];
    try {
      [attempt, questions] = await this.em.transactional(async (em) => {
        const extension = await em.findOne(QuizExtension, { quiz, learner: caller.id });
        const previous = await em.find(Attempt, { quiz, learner: caller.id }, { fields: ['status'] });
        const allowed = quiz.maxAttempts + (extension?.extraAttempts ?? 0);
        if (previous.length >= allowed) throw new AttemptsUsedUpError(allowed);
        if (previous.some((earlier) => earlier.status === AttemptStatus.InProgress)) throw new AttemptInProgressError();
        const inOrder = await em.find(Question, { quiz }, { orderBy: { position: 'asc' } });
        const shown = quiz.shuffleQuestions ? shuffled(inOrder) : inOrder;
        const created = new Attempt({
          quiz,
          learner: em.getReference(User, caller.id),
          attemptNumber: previous.length + 1,
          startedAt: now,
          deadline: attemptDeadline(now, quiz.timeLimitSeconds, extension?.extraTimeSeconds ?? 0, quiz.availableUntil),
          questionOrder: shown.map((question) => question.id),
        });
        em.persist(created);
        // Timed attempts only: their delay is bounded by the time limit. A deadline set by the window
        // alone may be weeks away (beyond a timer's range); answers stop at it and the learner submits.
        if (quiz.timeLimitSeconds !== null && created.deadline !== null) {
          const delayMs = created.deadline.getTime() - now.getTime();
          staged.push(this.jobs.stage(em, AutoSubmitAttemptJob, { attemptId: created.id }, { delayMs }));
        }
        return [created, shown] as const;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new AttemptInProgressError();
      throw error;
    }
    await this.jobs.dispatch(...staged);
    return toAttemptView(attempt, questions.map(toLearnerQuestionView));
  }

  /** Replaces the answers to the listed questions; the row lock keeps a save from slipping past a submit. */
  async saveAnswers(attemptId: string, answers: readonly AnswerInput[], caller: AuthUser): Promise<AttemptView> {
    const attempt = await this.em.transactional(async (em) => {
      const locked = await em.findOne(Attempt, { id: attemptId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (locked === null || locked.learner.id !== caller.id) throw new AttemptNotFoundError(attemptId);
      if (locked.status !== AttemptStatus.InProgress) throw new AttemptClosedError('submitted');
      if (locked.deadline !== null && new Date() >= locked.deadline) throw new AttemptClosedError('deadline');
      const inAttempt = new Set(locked.questionOrder);
      const problems = answers.flatMap((answer, index) =>
        inAttempt.has(answer.questionId)
          ? []
          : [{ field: `answers.${index}.questionId`, message: 'is not a question of this attempt' }],
      );
      if (problems.length > 0) throw new InvalidAnswersError(problems);
      const next: Record<string, AttemptAnswer> = { ...locked.answers };
      for (const { questionId, ...answer } of answers) next[questionId] = answer;
      locked.answers = next;
      return locked;
    });
    return this.viewOf(attempt);
  }

  async get(attemptId: string, caller: AuthUser): Promise<AttemptView> {
    const attempt = await this.em.findOne(Attempt, { id: attemptId }, { populate: ['quiz.module'] });
    // The same 404 whether it does not exist or is someone else's: its existence is private too.
    if (attempt === null || !(await canSeeAttempt(this.em, attempt, caller))) throw new AttemptNotFoundError(attemptId);
    return this.viewOf(attempt);
  }

  /** Learners see their own attempts; mentors those of their cohorts' learners; admins all. */
  async listForQuiz(quizId: string, caller: AuthUser, query: PageRequest): Promise<Page<AttemptSummaryView>> {
    const quiz = await this.em.findOne(Quiz, { id: quizId }, { populate: ['module'] });
    if (quiz === null) throw new QuizNotFoundError(quizId);
    const learner = await this.visibleLearners(quiz.module.program.id, caller);
    const [attempts, total] = await this.em.findAndCount(
      Attempt,
      { quiz, ...(learner === undefined ? {} : { learner: { $in: learner } }) },
      { orderBy: toOrderBy(query.sort, ATTEMPT_SORT_FIELDS, { startedAt: 'desc' }), ...pageWindow(query) },
    );
    return toPage(attempts.map(toAttemptSummaryView), total, query);
  }

  /** Undefined: everyone. */
  private async visibleLearners(programId: string, caller: AuthUser): Promise<string[] | undefined> {
    switch (caller.role) {
      case Role.Admin:
        return undefined;
      case Role.Learner:
        return [caller.id];
      case Role.Mentor:
        return mentoredLearnerIds(this.em, caller.id, programId);
    }
  }

  private async viewOf(attempt: Attempt): Promise<AttemptView> {
    const questions = await loadAttemptQuestions(this.em, attempt.questionOrder);
    return toAttemptView(attempt, questions.map(toLearnerQuestionView));
  }
}
