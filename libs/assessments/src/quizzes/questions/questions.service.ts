import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@prodev/auth';
import { assertCanManageQuizzes } from '../quiz-access';
import { QuizzesService } from '../quizzes.service';
import { MultipleChoiceScoring, type QuestionType } from '../quiz-enums';
import { questionDefinitionProblems } from './question-definition';
import { Question } from './question.entity';
import { InvalidQuestionError, QuestionNotFoundError } from './question.errors';
import { toQuestionView, type QuestionView } from './question.view';

export interface QuestionOptionInput {
  readonly text: string;
  readonly correct: boolean;
}

export interface CreateQuestionInput {
  readonly type: QuestionType;
  readonly prompt: string;
  readonly points: number;
  readonly options?: readonly QuestionOptionInput[];
  readonly multipleChoiceScoring?: MultipleChoiceScoring;
  readonly acceptedAnswers?: readonly string[];
  readonly answerPattern?: string | null;
  readonly correctValue?: number | null;
  readonly tolerance?: number | null;
}

export type UpdateQuestionInput = Partial<CreateQuestionInput>;

function apply(question: Question, input: UpdateQuestionInput): void {
  if (input.type !== undefined) question.type = input.type;
  if (input.prompt !== undefined) question.prompt = input.prompt;
  if (input.points !== undefined) question.points = input.points;
  // New option ids on every replacement: answers saved against the old options must not match the new ones.
  if (input.options !== undefined) {
    question.options = input.options.map((option) => ({
      id: randomUUID(),
      text: option.text,
      correct: option.correct,
    }));
  }
  if (input.multipleChoiceScoring !== undefined) question.multipleChoiceScoring = input.multipleChoiceScoring;
  if (input.acceptedAnswers !== undefined) question.acceptedAnswers = [...input.acceptedAnswers];
  if (input.answerPattern !== undefined) question.answerPattern = input.answerPattern;
  if (input.correctValue !== undefined) question.correctValue = input.correctValue;
  if (input.tolerance !== undefined) question.tolerance = input.tolerance;
  const problems = questionDefinitionProblems(question);
  if (problems.length > 0) throw new InvalidQuestionError(problems);
}

/** A quiz's questions and their keys; positions follow the order they were added. */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly quizzes: QuizzesService,
  ) {}

  async add(quizId: string, input: CreateQuestionInput, caller: AuthUser): Promise<QuestionView> {
    const quiz = await this.quizzes.findManaged(quizId, caller);
    const last = await this.em.findOne(Question, { quiz }, { orderBy: { position: 'desc' }, fields: ['position'] });
    const question = new Question({
      quiz,
      type: input.type,
      prompt: input.prompt,
      points: input.points,
      position: (last?.position ?? 0) + 1,
    });
    question.multipleChoiceScoring = MultipleChoiceScoring.AllOrNothing;
    apply(question, input);
    await this.em.persistAndFlush(question);
    return toQuestionView(question);
  }

  async update(id: string, input: UpdateQuestionInput, caller: AuthUser): Promise<QuestionView> {
    const question = await this.findManaged(id, caller);
    apply(question, input);
    await this.em.flush();
    return toQuestionView(question);
  }

  /** Attempts already started keep their order list; grading skips a question that no longer exists. */
  async delete(id: string, caller: AuthUser): Promise<void> {
    const question = await this.findManaged(id, caller);
    await this.em.removeAndFlush(question);
  }

  private async findManaged(id: string, caller: AuthUser): Promise<Question> {
    const question = await this.em.findOne(Question, { id }, { populate: ['quiz.module'] });
    if (question === null) throw new QuestionNotFoundError(id);
    await assertCanManageQuizzes(this.em, question.quiz.module.program.id, caller);
    return question;
  }
}
