import type { Quiz } from './quiz.entity';
import type { GradingMethod } from './quiz-enums';
import { toQuestionView, type QuestionView } from './questions/question.view';
import type { Question } from './questions/question.entity';

/** Which view of a quiz a response is: learners never get the author's (it holds the answer keys). */
export enum QuizAudience {
  Author = 'author',
  Learner = 'learner',
}

export interface QuizSettingsView {
  readonly id: string;
  readonly moduleId: string;
  readonly title: string;
  readonly timeLimitSeconds: number | null;
  readonly maxAttempts: number;
  readonly passingScore: number;
  readonly gradingMethod: GradingMethod;
  readonly shuffleQuestions: boolean;
  readonly availableFrom: Date | null;
  readonly availableUntil: Date | null;
  readonly questionCount: number;
  readonly totalPoints: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What a learner sees before starting: the rules, not the questions (those come with an attempt, on its clock). */
export type LearnerQuizView = QuizSettingsView & { readonly audience: QuizAudience.Learner };

/** The quiz with its questions and keys, for admins and mentors. */
export type QuizView = QuizSettingsView & {
  readonly audience: QuizAudience.Author;
  readonly questions: QuestionView[];
};

function settingsOf(quiz: Quiz, questions: readonly Question[]): QuizSettingsView {
  return {
    id: quiz.id,
    moduleId: quiz.module.id,
    title: quiz.title,
    timeLimitSeconds: quiz.timeLimitSeconds,
    maxAttempts: quiz.maxAttempts,
    passingScore: quiz.passingScore,
    gradingMethod: quiz.gradingMethod,
    shuffleQuestions: quiz.shuffleQuestions,
    availableFrom: quiz.availableFrom,
    availableUntil: quiz.availableUntil,
    questionCount: questions.length,
    totalPoints: Math.round(questions.reduce((sum, question) => sum + question.points, 0) * 100) / 100,
    createdAt: quiz.createdAt,
    updatedAt: quiz.updatedAt,
  };
}

export function toQuizView(quiz: Quiz, questions: readonly Question[]): QuizView {
  return { ...settingsOf(quiz, questions), audience: QuizAudience.Author, questions: questions.map(toQuestionView) };
}

export function toLearnerQuizView(quiz: Quiz, questions: readonly Question[]): LearnerQuizView {
  return { ...settingsOf(quiz, questions), audience: QuizAudience.Learner };
}
