import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AssessmentKind, Grade, GradeAuditEntry, GradeAttemptJob } from '@prodev/assessments';
import { Role } from '@prodev/auth';
import type { Page } from '@prodev/core';
import {
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
import { jobRecords, waitForJobsDone } from '../support/jobs-fixture';
import {
  addQuestion,
  answerKeyFieldsIn,
  createQuiz,
  getAttempt,
  numeric,
  saveAnswers,
  shortAnswer,
  singleChoice,
  startAttempt,
  submitAttempt,
  type AttemptJson,
  type QuestionJson,
  type QuizJson,
} from '../support/quiz-fixture';
import { createTestApp } from '../support/test-app';

describe('Quiz attempts', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;
  let otherMentor: TestSession;
  let moduleId: string;
  let cohortId: string;
  /** A quiz with three questions: single choice (2 points), short answer (1), numeric (3). */
  let quiz: QuizJson;
  let questions: QuestionJson[];

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    as = await signInAs(app);
    otherMentor = await createUserWithRole(app, Role.Mentor);
    const program = await createProgram(app);
    moduleId = (await createModule(app, program.id, 'HTTP', 1)).id;
    const cohort = await createCohort(app, as.admin.accessToken, program.id);
    cohortId = cohort.id;
    await setMentors(app, as.admin.accessToken, cohortId, [as.mentor.user.id]);
    // The other mentor mentors a cohort of another program only.
    const elsewhere = await createCohort(app, as.admin.accessToken, (await createProgram(app)).id);
    await setMentors(app, as.admin.accessToken, elsewhere.id, [otherMentor.user.id]);
    await enroll(app, as.learner.accessToken, cohortId);
    quiz = await createQuiz(app, as.admin.accessToken, moduleId, { maxAttempts: 10, passingScore: 50 });
    questions = [
      await addQuestion(app, as.admin.accessToken, quiz.id, singleChoice(2)),
      await addQuestion(app, as.admin.accessToken, quiz.id, shortAnswer(1)),
      await addQuestion(app, as.admin.accessToken, quiz.id, numeric(3)),
    ];
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  const newLearner = async (): Promise<TestSession> => {
    const learner = await registerUser(app);
    await enroll(app, learner.accessToken, cohortId);
    return learner;
  };
  const rightOption = (question: QuestionJson | undefined): string =>
    question?.options.find((option) => option.text === '404')?.id ?? 'missing';
  const allRight = (): Record<string, unknown>[] => [
    { questionId: questions[0]?.id, optionIds: [rightOption(questions[0])] },
    { questionId: questions[1]?.id, text: '  hypertext ' },
    { questionId: questions[2]?.id, value: 8 },
  ];
  const start = async (learner: TestSession, quizId = quiz.id): Promise<AttemptJson> => {
    const res = await startAttempt(app, learner.accessToken, quizId);
    if (res.statusCode !== 201) throw new Error(`start answered ${res.statusCode}: ${res.body}`);
    return res.json<AttemptJson>();
  };
  const em = () => app.get(MikroORM).em.fork();
  const gradeOf = (learnerId: string, quizId: string) =>
    em().findOne(Grade, { learner: learnerId, kind: AssessmentKind.Quiz, assessmentId: quizId });
  const auditRowsOf = (gradeId: string) => em().count(GradeAuditEntry, { grade: gradeId });

  describe('POST /quizzes/{id}/attempts', () => {
    it('starts attempt 1 with the questions in order and no answer keys (201)', async () => {
      const learner = await newLearner();

      const res = await startAttempt(app, learner.accessToken, quiz.id);

      expect(res.statusCode).toBe(201);
      const attempt = res.json<AttemptJson>();
      expect(attempt).toMatchObject({ attemptNumber: 1, status: 'in_progress', deadline: null, answers: [] });
      expect(attempt.questions.map((question) => question.id)).toEqual(questions.map((question) => question.id));
      expect(answerKeyFieldsIn(res.body)).toEqual([]);
    });

    // Short limits: the auto-submit jobs they stage must be due before the next spec waits for jobs.
    it('sets the deadline from the time limit and any extra time, capped by the window', async () => {
      const learner = await newLearner();
      const availableUntil = new Date(Date.now() + 3_000).toISOString();
      const timed = await createQuiz(app, as.admin.accessToken, moduleId, { timeLimitSeconds: 1 });
      const capped = await createQuiz(app, as.admin.accessToken, moduleId, { timeLimitSeconds: 7200, availableUntil });
      const grant = await app.inject({
        method: 'POST',
        url: `/api/v1/quizzes/${timed.id}/extensions`,
        headers: bearer(as.mentor.accessToken),
        payload: { learnerId: learner.user.id, extraTimeSeconds: 1, reason: 'accessibility' },
      });
      expect(grant.statusCode).toBe(201);

      const withExtra = await start(learner, timed.id);
      const cappedAttempt = await start(learner, capped.id);

      expect(Date.parse(withExtra.deadline ?? '') - Date.parse(withExtra.startedAt)).toBe(2_000);
      expect(cappedAttempt.deadline).toBe(availableUntil);
      await waitForJobsDone(app);
    });

    it('shuffles into an order stored with the attempt', async () => {
      const shuffledQuiz = await createQuiz(app, as.admin.accessToken, moduleId, { shuffleQuestions: true });
      const ids: string[] = [];
      for (let i = 0; i < 8; i += 1)
        ids.push((await addQuestion(app, as.admin.accessToken, shuffledQuiz.id, numeric())).id);
      const learner = await newLearner();

      const attempt = await start(learner, shuffledQuiz.id);
      const again = await getAttempt(app, learner.accessToken, attempt.id);

      expect([...attempt.questions.map((question) => question.id)].sort()).toEqual([...ids].sort());
      expect(again.json<AttemptJson>().questions.map((question) => question.id)).toEqual(
        attempt.questions.map((question) => question.id),
      );
    });

    it('refuses when the attempts are used up, counting extra attempts (409)', async () => {
      const learner = await newLearner();
      const once = await createQuiz(app, as.admin.accessToken, moduleId, { maxAttempts: 1 });
      const first = await start(learner, once.id);
      expect((await submitAttempt(app, learner.accessToken, first.id)).statusCode).toBe(202);

      const res = await startAttempt(app, learner.accessToken, once.id);

      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'QUIZ.ATTEMPTS_USED_UP' });
    });

    it('refuses a second attempt while one is in progress (409)', async () => {
      const learner = await newLearner();
      await start(learner);

      const res = await startAttempt(app, learner.accessToken, quiz.id);

      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'QUIZ.ATTEMPT_IN_PROGRESS' });
    });

    it('refuses outside the availability window (422)', async () => {
      const hour = 60 * 60_000;
      const notYet = await createQuiz(app, as.admin.accessToken, moduleId, {
        availableFrom: new Date(Date.now() + hour).toISOString(),
      });
      const over = await createQuiz(app, as.admin.accessToken, moduleId, {
        availableFrom: new Date(Date.now() - 2 * hour).toISOString(),
        availableUntil: new Date(Date.now() - hour).toISOString(),
      });

      for (const closed of [notYet, over]) {
        const res = await startAttempt(app, as.learner.accessToken, closed.id);
        expect(res.statusCode).toBe(422);
        expect(res.json()).toMatchObject({ code: 'QUIZ.NOT_AVAILABLE' });
      }
    });

    it('is for enrolled learners only (401, 403) and known quizzes (404, 400)', async () => {
      const outsider = await registerUser(app);

      expect((await app.inject({ method: 'POST', url: `/api/v1/quizzes/${quiz.id}/attempts` })).statusCode).toBe(401);
      expect((await startAttempt(app, as.mentor.accessToken, quiz.id)).statusCode).toBe(403);
      const notEnrolled = await startAttempt(app, outsider.accessToken, quiz.id);
      expect(notEnrolled.statusCode).toBe(403);
      expect(notEnrolled.json()).toMatchObject({ code: 'QUIZ.NOT_ENROLLED' });
      expect((await startAttempt(app, as.learner.accessToken, randomUUID())).statusCode).toBe(404);
      expect((await startAttempt(app, as.learner.accessToken, 'abc')).statusCode).toBe(400);
    });
  });

  describe('PUT /attempts/{id}/answers', () => {
    it('saves answers question by question (200)', async () => {
      const learner = await newLearner();
      const attempt = await start(learner);

      await saveAnswers(app, learner.accessToken, attempt.id, [{ questionId: questions[2]?.id, value: 7 }]);
      const res = await saveAnswers(app, learner.accessToken, attempt.id, [
        { questionId: questions[2]?.id, value: 8 },
        { questionId: questions[1]?.id, text: 'Hypertext' },
      ]);

      expect(res.statusCode).toBe(200);
      expect(res.json<AttemptJson>().answers).toEqual(
        expect.arrayContaining([
          { questionId: questions[2]?.id, value: 8 },
          { questionId: questions[1]?.id, text: 'Hypertext' },
        ]),
      );
      expect(res.json<AttemptJson>().answers).toHaveLength(2);
    });

    it('refuses malformed answers and questions of other quizzes (400)', async () => {
      const learner = await newLearner();
      const attempt = await start(learner);

      const malformed = await saveAnswers(app, learner.accessToken, attempt.id, [{ questionId: 'x', value: 'eight' }]);
      const foreign = await saveAnswers(app, learner.accessToken, attempt.id, [{ questionId: randomUUID(), value: 1 }]);

      expect(malformed.statusCode).toBe(400);
      expect(fieldsOf(malformed.json<ProblemJson>())).toEqual(['answers.0.questionId', 'answers.0.value']);
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json()).toMatchObject({ code: 'ATTEMPT.INVALID_ANSWERS' });
    });

    it('is for the attempt’s learner only (404 for another learner)', async () => {
      const learner = await newLearner();
      const attempt = await start(learner);

      const res = await saveAnswers(app, as.learner.accessToken, attempt.id, allRight());

      expect(res.statusCode).toBe(404);
    });

    it('refuses answers after submit (409)', async () => {
      const learner = await newLearner();
      const attempt = await start(learner);
      await submitAttempt(app, learner.accessToken, attempt.id);

      const res = await saveAnswers(app, learner.accessToken, attempt.id, allRight());

      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'ATTEMPT.CLOSED' });
    });

    it('refuses answers after the deadline (409)', async () => {
      const learner = await newLearner();
      const timed = await createQuiz(app, as.admin.accessToken, moduleId, { timeLimitSeconds: 1 });
      const question = await addQuestion(app, as.admin.accessToken, timed.id, numeric());
      const attempt = await start(learner, timed.id);
      await new Promise((resolve) => setTimeout(resolve, 1_100));

      const res = await saveAnswers(app, learner.accessToken, attempt.id, [{ questionId: question.id, value: 8 }]);

      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'ATTEMPT.CLOSED' });
      await waitForJobsDone(app);
    });
  });

  describe('POST /attempts/{id}/submit and grading', () => {
    it('answers 202 submitted, then grades with score, percent, passed and feedback, and records the grade', async () => {
      const learner = await newLearner();
      const attempt = await start(learner);
      const answers = allRight();
      answers[1] = { questionId: questions[1]?.id, text: 'hypermedia' };
      await saveAnswers(app, learner.accessToken, attempt.id, answers);

      const res = await submitAttempt(app, learner.accessToken, attempt.id);

      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ id: attempt.id, status: 'submitted' });
      await waitForJobsDone(app);
      const graded = (await getAttempt(app, learner.accessToken, attempt.id)).json<AttemptJson>();
      expect(graded).toMatchObject({ status: 'graded', score: 5, maxScore: 6, percent: 83.33, passed: true });
      expect(graded.feedback).toEqual([
        { questionId: questions[0]?.id, points: 2, maxPoints: 2, correct: true },
        { questionId: questions[1]?.id, points: 0, maxPoints: 1, correct: false },
        { questionId: questions[2]?.id, points: 3, maxPoints: 3, correct: true },
      ]);
      expect(answerKeyFieldsIn(JSON.stringify(graded.questions))).toEqual([]);
      const grade = await gradeOf(learner.user.id, quiz.id);
      expect(grade).toMatchObject({ points: 5, maxPoints: 6 });
    });

    it('grades twenty concurrent submits once: one grading job, one audit row', async () => {
      const learner = await newLearner();
      const attempt = await start(learner);
      await saveAnswers(app, learner.accessToken, attempt.id, allRight());

      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          submitAttempt(app, learner.accessToken, attempt.id, i % 2 === 0 ? 'key-1' : undefined),
        ),
      );

      expect(answers.map((res) => res.statusCode)).toEqual(Array.from({ length: 20 }, () => 202));
      expect(new Set(answers.map((res) => res.json<{ id: string }>().id))).toEqual(new Set([attempt.id]));
      await waitForJobsDone(app);
      const gradingJobs = (await jobRecords(app, { name: GradeAttemptJob.name })).filter(
        (job) => (job.payload as { attemptId?: string }).attemptId === attempt.id,
      );
      expect(gradingJobs).toHaveLength(1);
      const grade = await gradeOf(learner.user.id, quiz.id);
      expect(grade).toMatchObject({ points: 6, maxPoints: 6 });
      expect(await auditRowsOf(grade?.id ?? '')).toBe(1);
    });

    it('returns the same attempt on a repeat with the same Idempotency-Key, after grading too', async () => {
      const learner = await newLearner();
      const attempt = await start(learner);
      await submitAttempt(app, learner.accessToken, attempt.id, 'retry-me');
      await waitForJobsDone(app);

      const again = await submitAttempt(app, learner.accessToken, attempt.id, 'retry-me');

      expect(again.statusCode).toBe(202);
      expect(again.json()).toEqual({ id: attempt.id, status: 'graded' });
    });

    it('refuses an oversized Idempotency-Key (400), another learner’s attempt (404), no token (401)', async () => {
      const learner = await newLearner();
      const attempt = await start(learner);

      expect((await submitAttempt(app, learner.accessToken, attempt.id, 'k'.repeat(201))).statusCode).toBe(400);
      expect((await submitAttempt(app, as.learner.accessToken, attempt.id)).statusCode).toBe(404);
      expect((await submitAttempt(app, learner.accessToken, randomUUID())).statusCode).toBe(404);
      expect((await app.inject({ method: 'POST', url: `/api/v1/attempts/${attempt.id}/submit` })).statusCode).toBe(401);
      expect((await submitAttempt(app, as.mentor.accessToken, attempt.id)).statusCode).toBe(403);
    });

    it('auto-submits and grades a timed attempt left alone after its deadline', async () => {
      const learner = await newLearner();
      const timed = await createQuiz(app, as.admin.accessToken, moduleId, { timeLimitSeconds: 2 });
      const question = await addQuestion(app, as.admin.accessToken, timed.id, numeric(3));
      const attempt = await start(learner, timed.id);
      await saveAnswers(app, learner.accessToken, attempt.id, [{ questionId: question.id, value: 8 }]);

      await waitForJobsDone(app);

      const graded = (await getAttempt(app, learner.accessToken, attempt.id)).json<AttemptJson>();
      expect(graded).toMatchObject({
        status: 'graded',
        score: 3,
        maxScore: 3,
        passed: true,
        submittedAt: attempt.deadline,
      });
      expect(Date.parse(graded.gradedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(attempt.deadline ?? ''));
      expect(await gradeOf(learner.user.id, timed.id)).toMatchObject({ points: 3, maxPoints: 3 });
    });
  });

  describe('grading methods', () => {
    /** Two graded attempts: all right (6/6), then only the numeric question (3/6). */
    const twoAttempts = async (gradingMethod: string): Promise<{ learner: TestSession; quizId: string }> => {
      const learner = await newLearner();
      const methodQuiz = await createQuiz(app, as.admin.accessToken, moduleId, { gradingMethod });
      const choice = await addQuestion(app, as.admin.accessToken, methodQuiz.id, singleChoice(3));
      const number = await addQuestion(app, as.admin.accessToken, methodQuiz.id, numeric(3));
      for (const answers of [
        [
          { questionId: choice.id, optionIds: [rightOption(choice)] },
          { questionId: number.id, value: 8 },
        ],
        [{ questionId: number.id, value: 8 }],
      ]) {
        const attempt = await start(learner, methodQuiz.id);
        await saveAnswers(app, learner.accessToken, attempt.id, answers);
        await submitAttempt(app, learner.accessToken, attempt.id);
        await waitForJobsDone(app);
      }
      return { learner, quizId: methodQuiz.id };
    };

    it.each([
      ['highest', 6],
      ['latest', 3],
      ['first', 6],
      ['average', 4.5],
    ])('%s: the quiz grade is %d of 6, with one audit row per grading', async (method, points) => {
      const { learner, quizId } = await twoAttempts(method);

      const grade = await gradeOf(learner.user.id, quizId);

      expect(grade).toMatchObject({ points, maxPoints: 6 });
      expect(await auditRowsOf(grade?.id ?? '')).toBe(2);
    });
  });

  describe('GET /attempts/{id} and GET /quizzes/{id}/attempts', () => {
    let learner: TestSession;
    let attempt: AttemptJson;

    beforeAll(async () => {
      learner = await newLearner();
      attempt = await start(learner);
    });

    it('shows the attempt to its learner, their cohort’s mentor and admins (200)', async () => {
      for (const token of [learner.accessToken, as.mentor.accessToken, as.admin.accessToken]) {
        const res = await getAttempt(app, token, attempt.id);
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ id: attempt.id, learnerId: learner.user.id });
      }
    });

    it('answers 404 to another learner and another cohort’s mentor, as for an unknown attempt', async () => {
      const other = await getAttempt(app, as.learner.accessToken, attempt.id);
      const stranger = await getAttempt(app, otherMentor.accessToken, attempt.id);
      const unknown = await getAttempt(app, learner.accessToken, randomUUID());

      expect([other.statusCode, stranger.statusCode, unknown.statusCode]).toEqual([404, 404, 404]);
      expect(other.json()).toMatchObject({ code: 'ATTEMPT.NOT_FOUND' });
      expect((await getAttempt(app, learner.accessToken, 'nope')).statusCode).toBe(400);
    });

    it('lists a learner’s own attempts, and all of them for the mentor and admins', async () => {
      const list = (token: string, query = '') =>
        app.inject({ method: 'GET', url: `/api/v1/quizzes/${quiz.id}/attempts${query}`, headers: bearer(token) });

      const own = (await list(learner.accessToken)).json<Page<AttemptJson>>();
      const mentor = (await list(as.mentor.accessToken, '?pageSize=100')).json<Page<AttemptJson>>();
      const stranger = (await list(otherMentor.accessToken)).json<Page<AttemptJson>>();
      const admin = await list(as.admin.accessToken, '?sort=-attemptNumber&pageSize=1');

      expect(own.data.map((item) => item.id)).toEqual([attempt.id]);
      expect(mentor.meta.total).toBeGreaterThan(1);
      expect(mentor.data.map((item) => item.id)).toContain(attempt.id);
      expect(stranger.meta.total).toBe(0);
      expect(admin.statusCode).toBe(200);
      expect(admin.json<Page<AttemptJson>>().data).toHaveLength(1);
      expect((await list(as.admin.accessToken, '?sort=bogus')).statusCode).toBe(400);
      expect(
        (
          await app.inject({
            method: 'GET',
            url: `/api/v1/quizzes/${randomUUID()}/attempts`,
            headers: bearer(as.admin.accessToken),
          })
        ).statusCode,
      ).toBe(404);
    });
  });
});
