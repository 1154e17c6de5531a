import { hostname } from 'node:os';
import { MikroORM } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AssessmentKind, AutoSubmitAttemptJob, Grade, GradeAttemptJob, GradeAuditEntry } from '@prodev/assessments';
import { JobStatus } from '@prodev/core';
import { signInAs, type SignedInRoles } from '../support/auth-fixture';
import { createCohort, createModule, createProgram, enroll } from '../support/curriculum-fixture';
import { jobRecords, waitForJobsDone } from '../support/jobs-fixture';
import type { RunningProcess } from '../support/process';
import {
  addQuestion,
  createQuiz,
  getAttempt,
  numeric,
  saveAnswers,
  startAttempt,
  submitAttempt,
  type AttemptJson,
} from '../support/quiz-fixture';
import { WorkerStack } from '../support/worker-stack';

/**
 * Quiz grading with Redis: the API records and queues on the grading queue,
 * the built worker (its own OS process) grades, including the delayed
 * auto-submit at a timed attempt's deadline.
 */

const REDIS_DB = 11;

describe('Quiz grading through the worker process', () => {
  let stack: WorkerStack;
  let app: NestFastifyApplication;
  let worker: RunningProcess;
  let as: SignedInRoles;
  let moduleId: string;

  beforeAll(async () => {
    stack = await WorkerStack.start(REDIS_DB);
    app = stack.app;
    worker = await stack.startWorker();
    as = await signInAs(app);
    const program = await createProgram(app);
    moduleId = (await createModule(app, program.id, 'HTTP', 1)).id;
    const cohort = await createCohort(app, as.admin.accessToken, program.id);
    await enroll(app, as.learner.accessToken, cohort.id);
  }, 90_000);

  afterAll(async () => {
    await stack?.close();
  });

  const em = () => app.get(MikroORM).em.fork();

  it('grades twenty concurrent submits once, in the worker', async () => {
    const quiz = await createQuiz(app, as.admin.accessToken, moduleId);
    const question = await addQuestion(app, as.admin.accessToken, quiz.id, numeric(3));
    const attempt = (await startAttempt(app, as.learner.accessToken, quiz.id)).json<AttemptJson>();
    await saveAnswers(app, as.learner.accessToken, attempt.id, [{ questionId: question.id, value: 8 }]);

    const answers = await Promise.all(
      Array.from({ length: 20 }, () => submitAttempt(app, as.learner.accessToken, attempt.id, 'same-key')),
    );
    await waitForJobsDone(app);

    expect(new Set(answers.map((res) => res.statusCode))).toEqual(new Set([202]));
    const jobs = (await jobRecords(app, { name: GradeAttemptJob.name })).filter(
      (job) => (job.payload as { attemptId?: string }).attemptId === attempt.id,
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: JobStatus.Completed, processedBy: `${hostname()}:${worker.pid}` });
    const graded = (await getAttempt(app, as.learner.accessToken, attempt.id)).json<AttemptJson>();
    expect(graded).toMatchObject({ status: 'graded', score: 3, maxScore: 3 });
    const grade = await em().findOneOrFail(Grade, {
      learner: as.learner.user.id,
      kind: AssessmentKind.Quiz,
      assessmentId: quiz.id,
    });
    expect(await em().count(GradeAuditEntry, { grade: grade.id })).toBe(1);
  });

  it('auto-submits and grades a timed attempt left alone, from a delayed job', async () => {
    const quiz = await createQuiz(app, as.admin.accessToken, moduleId, { timeLimitSeconds: 2 });
    const question = await addQuestion(app, as.admin.accessToken, quiz.id, numeric(3));
    const attempt = (await startAttempt(app, as.learner.accessToken, quiz.id)).json<AttemptJson>();
    await saveAnswers(app, as.learner.accessToken, attempt.id, [{ questionId: question.id, value: 7 }]);

    await waitForJobsDone(app);

    const graded = (await getAttempt(app, as.learner.accessToken, attempt.id)).json<AttemptJson>();
    expect(graded).toMatchObject({ status: 'graded', score: 0, passed: false, submittedAt: attempt.deadline });
    const [autoSubmit] = (await jobRecords(app, { name: AutoSubmitAttemptJob.name })).filter(
      (job) => (job.payload as { attemptId?: string }).attemptId === attempt.id,
    );
    expect(autoSubmit).toMatchObject({ status: JobStatus.Completed, processedBy: `${hostname()}:${worker.pid}` });
  });
});
