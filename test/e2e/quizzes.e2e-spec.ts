import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@prodev/auth';
import {
  PROBLEM_JSON,
  UNTHROTTLED_AUTH,
  bearer,
  createUserWithRole,
  fieldsOf,
  registerUser,
  signInAs,
  type ProblemJson,
  type SignedInRoles,
  type TestSession,
} from '../support/auth-fixture';
import { createCohort, createModule, createProgram, enroll, setMentors } from '../support/curriculum-fixture';
import {
  addQuestion,
  answerKeyFieldsIn,
  createQuiz,
  numeric,
  shortAnswer,
  singleChoice,
  startAttempt,
  type QuestionJson,
  type QuizJson,
} from '../support/quiz-fixture';
import { createTestApp } from '../support/test-app';

describe('Quizzes: authoring, questions and extensions', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;
  let otherMentor: TestSession;
  let moduleId: string;
  let cohortId: string;

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    as = await signInAs(app);
    otherMentor = await createUserWithRole(app, Role.Mentor);
    const program = await createProgram(app);
    moduleId = (await createModule(app, program.id, 'HTTP', 1)).id;
    const cohort = await createCohort(app, as.admin.accessToken, program.id);
    cohortId = cohort.id;
    await setMentors(app, as.admin.accessToken, cohort.id, [as.mentor.user.id]);
    await enroll(app, as.learner.accessToken, cohortId);
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  const post = (url: string, token: string | undefined, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/v1${url}`, headers: token === undefined ? {} : bearer(token), payload });
  const patch = (url: string, token: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'PATCH', url: `/api/v1${url}`, headers: bearer(token), payload });
  const del = (url: string, token: string) =>
    app.inject({ method: 'DELETE', url: `/api/v1${url}`, headers: bearer(token) });
  const get = (url: string, token: string) =>
    app.inject({ method: 'GET', url: `/api/v1${url}`, headers: bearer(token) });
  const validQuiz = { title: 'Check', maxAttempts: 2, passingScore: 60, gradingMethod: 'latest' };

  describe('POST /modules/{id}/quizzes', () => {
    it('lets an admin and a mentor of the program create a quiz (201)', async () => {
      const byAdmin = await post(`/modules/${moduleId}/quizzes`, as.admin.accessToken, {
        ...validQuiz,
        timeLimitSeconds: 600,
        shuffleQuestions: true,
      });
      const byMentor = await post(`/modules/${moduleId}/quizzes`, as.mentor.accessToken, validQuiz);

      expect(byAdmin.statusCode).toBe(201);
      expect(byAdmin.json<QuizJson>()).toMatchObject({
        moduleId,
        title: 'Check',
        timeLimitSeconds: 600,
        maxAttempts: 2,
        gradingMethod: 'latest',
        audience: 'author',
        questions: [],
      });
      expect(byMentor.statusCode).toBe(201);
      expect(byMentor.json<QuizJson>().timeLimitSeconds).toBeNull();
    });

    it('refuses an invalid body, naming each bad field (400)', async () => {
      const res = await post(`/modules/${moduleId}/quizzes`, as.admin.accessToken, {
        title: '',
        maxAttempts: 0,
        passingScore: 101,
        gradingMethod: 'best',
      });

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['gradingMethod', 'maxAttempts', 'passingScore', 'title']);
    });

    it('refuses a window that closes before it opens (400)', async () => {
      const res = await post(`/modules/${moduleId}/quizzes`, as.admin.accessToken, {
        ...validQuiz,
        availableFrom: '2027-02-01T00:00:00.000Z',
        availableUntil: '2027-01-01T00:00:00.000Z',
      });

      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'QUIZ.INVALID' });
    });

    it('needs a token (401) and an admin or a mentor of this program (403)', async () => {
      expect((await post(`/modules/${moduleId}/quizzes`, undefined, validQuiz)).statusCode).toBe(401);
      expect((await post(`/modules/${moduleId}/quizzes`, as.learner.accessToken, validQuiz)).statusCode).toBe(403);
      const stranger = await post(`/modules/${moduleId}/quizzes`, otherMentor.accessToken, validQuiz);
      expect(stranger.statusCode).toBe(403);
      expect(stranger.json()).toMatchObject({ code: 'QUIZ.NOT_AUTHOR' });
    });

    it('answers 404 for an unknown module and 400 for a malformed id', async () => {
      expect((await post(`/modules/${randomUUID()}/quizzes`, as.admin.accessToken, validQuiz)).statusCode).toBe(404);
      expect((await post('/modules/nope/quizzes', as.admin.accessToken, validQuiz)).statusCode).toBe(400);
    });
  });

  describe('GET /quizzes/{id}', () => {
    let quiz: QuizJson;

    beforeAll(async () => {
      quiz = await createQuiz(app, as.admin.accessToken, moduleId);
      await addQuestion(app, as.admin.accessToken, quiz.id, singleChoice());
      await addQuestion(app, as.admin.accessToken, quiz.id, { ...shortAnswer(), answerPattern: 'hyper ?text' });
      await addQuestion(app, as.admin.accessToken, quiz.id, { ...numeric(), tolerance: 0.5 });
    });

    it('shows admins and mentors every question with its key, in position order', async () => {
      for (const token of [as.admin.accessToken, as.mentor.accessToken]) {
        const res = await get(`/quizzes/${quiz.id}`, token);

        expect(res.statusCode).toBe(200);
        const body = res.json<QuizJson>();
        expect(body).toMatchObject({ audience: 'author', questionCount: 3, totalPoints: 6 });
        expect(body.questions?.map((question) => question.position)).toEqual([1, 2, 3]);
        expect(answerKeyFieldsIn(res.body)).toEqual([
          'acceptedAnswers',
          'answerPattern',
          'correct',
          'correctValue',
          'tolerance',
        ]);
      }
    });

    it('shows learners the rules without questions or any answer key', async () => {
      const res = await get(`/quizzes/${quiz.id}`, as.learner.accessToken);

      expect(res.statusCode).toBe(200);
      expect(res.json<QuizJson>()).toMatchObject({ audience: 'learner', questionCount: 3, totalPoints: 6 });
      expect(res.json<QuizJson>().questions).toBeUndefined();
      expect(answerKeyFieldsIn(res.body)).toEqual([]);
    });

    it('answers 404 for an unknown quiz, 400 for a malformed id, 401 without a token', async () => {
      expect((await get(`/quizzes/${randomUUID()}`, as.learner.accessToken)).statusCode).toBe(404);
      expect((await get('/quizzes/42', as.learner.accessToken)).statusCode).toBe(400);
      expect((await app.inject({ method: 'GET', url: `/api/v1/quizzes/${quiz.id}` })).statusCode).toBe(401);
    });
  });

  describe('PATCH and DELETE /quizzes/{id}', () => {
    it('updates the given fields only (200)', async () => {
      const quiz = await createQuiz(app, as.admin.accessToken, moduleId);

      const res = await patch(`/quizzes/${quiz.id}`, as.mentor.accessToken, { title: 'Renamed', maxAttempts: 5 });

      expect(res.statusCode).toBe(200);
      expect(res.json<QuizJson>()).toMatchObject({ title: 'Renamed', maxAttempts: 5, gradingMethod: 'highest' });
    });

    it('refuses bad values (400), other mentors and learners (403), unknown quizzes (404)', async () => {
      const quiz = await createQuiz(app, as.admin.accessToken, moduleId);

      expect((await patch(`/quizzes/${quiz.id}`, as.admin.accessToken, { maxAttempts: -1 })).statusCode).toBe(400);
      expect((await patch(`/quizzes/${quiz.id}`, otherMentor.accessToken, { title: 'x' })).statusCode).toBe(403);
      expect((await patch(`/quizzes/${quiz.id}`, as.learner.accessToken, { title: 'x' })).statusCode).toBe(403);
      expect((await patch(`/quizzes/${randomUUID()}`, as.admin.accessToken, { title: 'x' })).statusCode).toBe(404);
    });

    it('deletes a quiz with its questions (204), then it is gone (404)', async () => {
      const quiz = await createQuiz(app, as.admin.accessToken, moduleId);
      const question = await addQuestion(app, as.admin.accessToken, quiz.id, singleChoice());

      expect((await del(`/quizzes/${quiz.id}`, otherMentor.accessToken)).statusCode).toBe(403);
      expect((await del(`/quizzes/${quiz.id}`, as.mentor.accessToken)).statusCode).toBe(204);
      expect((await get(`/quizzes/${quiz.id}`, as.admin.accessToken)).statusCode).toBe(404);
      expect((await del(`/questions/${question.id}`, as.admin.accessToken)).statusCode).toBe(404);
    });

    it('keeps a quiz that has attempts (409)', async () => {
      const quiz = await createQuiz(app, as.admin.accessToken, moduleId);
      await addQuestion(app, as.admin.accessToken, quiz.id, singleChoice());
      expect((await startAttempt(app, as.learner.accessToken, quiz.id)).statusCode).toBe(201);

      const res = await del(`/quizzes/${quiz.id}`, as.admin.accessToken);

      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'QUIZ.HAS_ATTEMPTS' });
    });
  });

  describe('questions', () => {
    let quiz: QuizJson;

    beforeAll(async () => {
      quiz = await createQuiz(app, as.admin.accessToken, moduleId);
    });

    it('adds every type with ids for its options, appended in order (201)', async () => {
      const created: QuestionJson[] = [];
      for (const payload of [
        singleChoice(),
        {
          type: 'multiple_choice',
          prompt: 'Which methods are safe?',
          points: 4,
          multipleChoiceScoring: 'partial',
          options: [
            { text: 'GET', correct: true },
            { text: 'HEAD', correct: true },
            { text: 'POST', correct: false },
          ],
        },
        {
          type: 'true_false',
          prompt: 'PUT is idempotent',
          points: 1,
          options: [
            { text: 'True', correct: true },
            { text: 'False', correct: false },
          ],
        },
        shortAnswer(),
        numeric(),
      ]) {
        created.push(await addQuestion(app, as.mentor.accessToken, quiz.id, payload));
      }

      expect(created.map((question) => [question.type, question.position])).toEqual([
        ['single_choice', 1],
        ['multiple_choice', 2],
        ['true_false', 3],
        ['short_answer', 4],
        ['numeric', 5],
      ]);
      expect(created[1]).toMatchObject({ multipleChoiceScoring: 'partial' });
      expect(created[1]?.options.every((option) => typeof option.id === 'string')).toBe(true);
    });

    it('refuses keys that do not fit their type (400), naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [
          {
            ...singleChoice(),
            options: [
              { text: 'a', correct: true },
              { text: 'b', correct: true },
            ],
          },
          'options',
        ],
        [{ ...shortAnswer(), acceptedAnswers: [], answerPattern: '(' }, 'answerPattern'],
        [{ type: 'numeric', prompt: 'n', points: 1 }, 'correctValue'],
        [{ type: 'essay', prompt: 'n', points: 1 }, 'type'],
        [{ ...numeric(), tolerance: -1 }, 'tolerance'],
      ];
      for (const [payload, field] of cases) {
        const res = await post(`/quizzes/${quiz.id}/questions`, as.admin.accessToken, payload);

        expect(res.statusCode).toBe(400);
        expect(fieldsOf(res.json<ProblemJson>())).toContain(field);
      }
    });

    it('updates a question, checking the key again (200, 400)', async () => {
      const question = await addQuestion(app, as.admin.accessToken, quiz.id, numeric());

      const ok = await patch(`/questions/${question.id}`, as.mentor.accessToken, {
        correctValue: 16,
        prompt: 'Bits in two bytes?',
      });
      const bad = await patch(`/questions/${question.id}`, as.mentor.accessToken, { type: 'single_choice' });

      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ correctValue: 16, prompt: 'Bits in two bytes?' });
      expect(bad.statusCode).toBe(400);
    });

    it('deletes a question (204); roles and unknown ids are refused (403, 404)', async () => {
      const question = await addQuestion(app, as.admin.accessToken, quiz.id, numeric());

      expect((await del(`/questions/${question.id}`, as.learner.accessToken)).statusCode).toBe(403);
      expect((await del(`/questions/${question.id}`, otherMentor.accessToken)).statusCode).toBe(403);
      expect((await del(`/questions/${question.id}`, as.admin.accessToken)).statusCode).toBe(204);
      expect((await patch(`/questions/${question.id}`, as.admin.accessToken, { points: 1 })).statusCode).toBe(404);
      expect((await post(`/quizzes/${randomUUID()}/questions`, as.admin.accessToken, numeric())).statusCode).toBe(404);
    });
  });

  describe('POST /quizzes/{id}/extensions', () => {
    let quiz: QuizJson;

    beforeAll(async () => {
      quiz = await createQuiz(app, as.admin.accessToken, moduleId, { maxAttempts: 1 });
      await addQuestion(app, as.admin.accessToken, quiz.id, singleChoice());
    });

    it('lets the learner’s mentor grant an extra attempt, which the next start honours (201)', async () => {
      const learner = await registerUser(app);
      await enroll(app, learner.accessToken, cohortId);
      const first = await startAttempt(app, learner.accessToken, quiz.id);
      await app.inject({
        method: 'POST',
        url: `/api/v1/attempts/${first.json<{ id: string }>().id}/submit`,
        headers: bearer(learner.accessToken),
      });
      expect((await startAttempt(app, learner.accessToken, quiz.id)).statusCode).toBe(409);

      const res = await post(`/quizzes/${quiz.id}/extensions`, as.mentor.accessToken, {
        learnerId: learner.user.id,
        extraAttempts: 1,
        reason: 'Connection dropped',
      });

      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        quizId: quiz.id,
        learnerId: learner.user.id,
        extraAttempts: 1,
        extraTimeSeconds: 0,
        grantedById: as.mentor.user.id,
      });
      const second = await startAttempt(app, learner.accessToken, quiz.id);
      expect(second.statusCode).toBe(201);
      expect(second.json()).toMatchObject({ attemptNumber: 2 });
    });

    it('replaces an earlier grant rather than adding to it', async () => {
      const payload = { learnerId: as.learner.user.id, extraAttempts: 2, reason: 'first' };
      expect((await post(`/quizzes/${quiz.id}/extensions`, as.admin.accessToken, payload)).statusCode).toBe(201);

      const res = await post(`/quizzes/${quiz.id}/extensions`, as.admin.accessToken, {
        ...payload,
        extraAttempts: 1,
        reason: 'second',
      });

      expect(res.json()).toMatchObject({ extraAttempts: 1, reason: 'second' });
    });

    it('settles simultaneous first grants for one learner into one extension, without a server error', async () => {
      const learner = await registerUser(app);
      await enroll(app, learner.accessToken, cohortId);

      const responses = await Promise.all(
        [1, 2, 3, 4, 5].map((extraAttempts) =>
          post(`/quizzes/${quiz.id}/extensions`, as.admin.accessToken, {
            learnerId: learner.user.id,
            extraAttempts,
            reason: `grant ${extraAttempts}`,
          }),
        ),
      );

      expect(new Set(responses.map((res) => res.statusCode))).toEqual(new Set([201]));
      expect(new Set(responses.map((res) => res.json<{ id: string }>().id)).size).toBe(1);
    });

    it('refuses mentors of other cohorts and learners (403)', async () => {
      const payload = { learnerId: as.learner.user.id, extraAttempts: 1, reason: 'why' };

      expect((await post(`/quizzes/${quiz.id}/extensions`, otherMentor.accessToken, payload)).statusCode).toBe(403);
      expect((await post(`/quizzes/${quiz.id}/extensions`, as.learner.accessToken, payload)).statusCode).toBe(403);
      expect((await post(`/quizzes/${quiz.id}/extensions`, undefined, payload)).statusCode).toBe(401);
    });

    it('refuses a learner outside the program (422), a bad body (400), an unknown quiz (404)', async () => {
      const outsider = await registerUser(app);

      const notInProgram = await post(`/quizzes/${quiz.id}/extensions`, as.admin.accessToken, {
        learnerId: outsider.user.id,
        extraAttempts: 1,
        reason: 'why',
      });
      const bad = await post(`/quizzes/${quiz.id}/extensions`, as.admin.accessToken, {
        learnerId: 'x',
        extraAttempts: -1,
      });
      const unknown = await post(`/quizzes/${randomUUID()}/extensions`, as.admin.accessToken, {
        learnerId: outsider.user.id,
        reason: 'why',
      });

      expect(notInProgram.statusCode).toBe(422);
      expect(notInProgram.json()).toMatchObject({ code: 'QUIZ.NOT_A_PROGRAM_LEARNER' });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad.json<ProblemJson>())).toEqual(['extraAttempts', 'learnerId', 'reason']);
      expect(unknown.statusCode).toBe(404);
    });
  });
});
