import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bearer, type InjectResponse } from './auth-fixture';

export interface QuestionOptionJson {
  readonly id: string;
  readonly text: string;
  readonly correct?: boolean;
}

export interface QuestionJson {
  readonly id: string;
  readonly type: string;
  readonly prompt: string;
  readonly points: number;
  readonly position: number;
  readonly options: QuestionOptionJson[];
}

export interface QuizJson {
  readonly id: string;
  readonly moduleId: string;
  readonly title: string;
  readonly audience: 'author' | 'learner';
  readonly timeLimitSeconds: number | null;
  readonly maxAttempts: number;
  readonly gradingMethod: string;
  readonly questionCount: number;
  readonly totalPoints: number;
  readonly questions?: QuestionJson[];
}

export interface AttemptJson {
  readonly id: string;
  readonly quizId: string;
  readonly learnerId: string;
  readonly attemptNumber: number;
  readonly status: 'in_progress' | 'submitted' | 'graded';
  readonly startedAt: string;
  readonly deadline: string | null;
  readonly submittedAt: string | null;
  readonly gradedAt: string | null;
  readonly score: number | null;
  readonly maxScore: number | null;
  readonly percent: number | null;
  readonly passed: boolean | null;
  readonly questions: QuestionJson[];
  readonly answers: { questionId: string; optionIds?: string[]; text?: string; value?: number }[];
  readonly feedback: { questionId: string; points: number; maxPoints: number; correct: boolean }[] | null;
}

/** Every field of a question that gives its answer away. */
export const ANSWER_KEY_FIELDS = ['correct', 'acceptedAnswers', 'answerPattern', 'correctValue', 'tolerance'];

/** The key fields found anywhere in a JSON body, so a spec can assert there are none. */
export function answerKeyFieldsIn(body: string): string[] {
  const found = new Set<string>();
  JSON.parse(body, (key: string, value: unknown) => {
    if (ANSWER_KEY_FIELDS.includes(key)) found.add(key);
    return value;
  });
  return [...found].sort();
}

export function expectStatus(res: InjectResponse, status: number): InjectResponse {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res;
}

export async function createQuiz(
  app: NestFastifyApplication,
  token: string,
  moduleId: string,
  overrides: Record<string, unknown> = {},
): Promise<QuizJson> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/modules/${moduleId}/quizzes`,
    headers: bearer(token),
    payload: { title: 'HTTP check', maxAttempts: 3, passingScore: 50, gradingMethod: 'highest', ...overrides },
  });
  return expectStatus(res, 201).json<QuizJson>();
}

export async function addQuestion(
  app: NestFastifyApplication,
  token: string,
  quizId: string,
  payload: Record<string, unknown>,
): Promise<QuestionJson> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/quizzes/${quizId}/questions`,
    headers: bearer(token),
    payload,
  });
  return expectStatus(res, 201).json<QuestionJson>();
}

/** A single choice question (option "B" right) worth `points`. */
export const singleChoice = (points = 2): Record<string, unknown> => ({
  type: 'single_choice',
  prompt: 'Which status code means not found?',
  points,
  options: [
    { text: '200', correct: false },
    { text: '404', correct: true },
  ],
});

export const numeric = (points = 3): Record<string, unknown> => ({
  type: 'numeric',
  prompt: 'How many bits in a byte?',
  points,
  correctValue: 8,
  tolerance: 0,
});

export const shortAnswer = (points = 1): Record<string, unknown> => ({
  type: 'short_answer',
  prompt: 'What does the H in HTTP stand for?',
  points,
  acceptedAnswers: ['Hypertext', 'Hyper Text'],
});

export function startAttempt(app: NestFastifyApplication, token: string, quizId: string): Promise<InjectResponse> {
  return app.inject({ method: 'POST', url: `/api/v1/quizzes/${quizId}/attempts`, headers: bearer(token) });
}

export function saveAnswers(
  app: NestFastifyApplication,
  token: string,
  attemptId: string,
  answers: Record<string, unknown>[],
): Promise<InjectResponse> {
  return app.inject({
    method: 'PUT',
    url: `/api/v1/attempts/${attemptId}/answers`,
    headers: bearer(token),
    payload: { answers },
  });
}

export function submitAttempt(
  app: NestFastifyApplication,
  token: string,
  attemptId: string,
  idempotencyKey?: string,
): Promise<InjectResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/v1/attempts/${attemptId}/submit`,
    headers: { ...bearer(token), ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) },
  });
}

export function getAttempt(app: NestFastifyApplication, token: string, attemptId: string): Promise<InjectResponse> {
  return app.inject({ method: 'GET', url: `/api/v1/attempts/${attemptId}`, headers: bearer(token) });
}
