import type { FieldProblem } from '@prodev/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role, type AuthUser } from '@prodev/auth';
import { ProgramModule } from '@prodev/curriculum';
import { Attempt } from './attempts/attempt.entity';
import { Question } from './questions/question.entity';
import { assertCanManageQuizzes } from './quiz-access';
import { Quiz } from './quiz.entity';
import { InvalidQuizError, QuizHasAttemptsError, QuizModuleNotFoundError, QuizNotFoundError } from './quiz.errors';
import type { GradingMethod } from './quiz-enums';
import { toLearnerQuizView, toQuizView, type LearnerQuizView, type QuizView } from './quiz.view';

export interface CreateQuizInput {
  readonly title: string;
  readonly timeLimitSeconds?: number | null;
  readonly maxAttempts: number;
  readonly passingScore: number;
  readonly gradingMethod: GradingMethod;
  readonly shuffleQuestions?: boolean;
  readonly availableFrom?: Date | null;
  readonly availableUntil?: Date | null;
}

export type UpdateQuizInput = Partial<CreateQuizInput>;

function windowProblems(quiz: Quiz): FieldProblem[] {
  if (quiz.availableFrom === null || quiz.availableUntil === null) return [];
  return quiz.availableUntil > quiz.availableFrom
    ? []
    : [{ field: 'availableUntil', message: 'availableUntil must be after availableFrom' }];
}

function apply(quiz: Quiz, input: UpdateQuizInput): void {
  if (input.title !== undefined) quiz.title = input.title;
  if (input.timeLimitSeconds !== undefined) quiz.timeLimitSeconds = input.timeLimitSeconds;
  if (input.maxAttempts !== undefined) quiz.maxAttempts = input.maxAttempts;
  if (input.passingScore !== undefined) quiz.passingScore = input.passingScore;
  if (input.gradingMethod !== undefined) quiz.gradingMethod = input.gradingMethod;
  if (input.shuffleQuestions !== undefined) quiz.shuffleQuestions = input.shuffleQuestions;
  if (input.availableFrom !== undefined) quiz.availableFrom = input.availableFrom;
  if (input.availableUntil !== undefined) quiz.availableUntil = input.availableUntil;
  const problems = windowProblems(quiz);
  if (problems.length > 0) throw new InvalidQuizError(problems);
}

/** Quizzes on a module: authored by admins and the program's mentors, read by everyone signed in. */
@Injectable()
export class QuizzesService {
  constructor(private readonly em: EntityManager) {}

  async create(moduleId: string, input: CreateQuizInput, caller: AuthUser): Promise<QuizView> {
    const module = await this.em.findOne(ProgramModule, { id: moduleId });
    if (module === null) throw new QuizModuleNotFoundError(moduleId);
    await assertCanManageQuizzes(this.em, module.program.id, caller);
    const quiz = new Quiz({ module, ...input });
    apply(quiz, input);
    await this.em.persistAndFlush(quiz);
    return toQuizView(quiz, []);
  }

  /** Learners get the rules only; admins and mentors the questions with their keys. */
  async get(id: string, caller: AuthUser): Promise<QuizView | LearnerQuizView> {
    const quiz = await this.find(id);
    const questions = await this.em.find(Question, { quiz }, { orderBy: { position: 'asc' } });
    return caller.role === Role.Learner ? toLearnerQuizView(quiz, questions) : toQuizView(quiz, questions);
  }

  async update(id: string, input: UpdateQuizInput, caller: AuthUser): Promise<QuizView> {
    const quiz = await this.findManaged(id, caller);
    apply(quiz, input);
    await this.em.flush();
    const questions = await this.em.find(Question, { quiz }, { orderBy: { position: 'asc' } });
    return toQuizView(quiz, questions);
  }

  async delete(id: string, caller: AuthUser): Promise<void> {
    const quiz = await this.findManaged(id, caller);
    if ((await this.em.count(Attempt, { quiz })) > 0) throw new QuizHasAttemptsError();
    // Questions and extensions go with it (ON DELETE CASCADE).
    await this.em.nativeDelete(Quiz, { id: quiz.id });
  }

  async findManaged(id: string, caller: AuthUser): Promise<Quiz> {
    const quiz = await this.find(id);
    await assertCanManageQuizzes(this.em, quiz.module.program.id, caller);
    return quiz;
  }

  private async find(id: string): Promise<Quiz> {
    const quiz = await this.em.findOne(Quiz, { id }, { populate: ['module'] });
    if (quiz === null) throw new QuizNotFoundError(id);
    return quiz;
  }
}
