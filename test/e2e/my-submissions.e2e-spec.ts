import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UNTHROTTLED_AUTH, bearer, fieldsOf, type ProblemJson } from '../support/auth-fixture';
import {
  createAssignment,
  createAssignmentWorld,
  submit,
  type AssignmentJson,
  type AssignmentWorld,
  type SubmissionJson,
} from '../support/assignments-fixture';
import { createTestApp } from '../support/test-app';

interface MySubmissionJson extends SubmissionJson {
  readonly assignment: { id: string; title: string; maxPoints: number };
  readonly review: { points: number; rawPoints: number; penaltyPercent: number; feedback: string } | null;
}

interface PageJson<T> {
  readonly data: T[];
  readonly meta: { page: number; pageSize: number; total: number; totalPages: number };
}

describe('GET /me/submissions', () => {
  let app: NestFastifyApplication;
  let w: AssignmentWorld;
  let first: AssignmentJson;
  let second: AssignmentJson;

  const listMine = (token: string | null, query = '') =>
    app.inject({ method: 'GET', url: `/api/v1/me/submissions${query}`, headers: token === null ? {} : bearer(token) });

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    w = await createAssignmentWorld(app);
    first = await createAssignment(app, w.mentor.accessToken, w.moduleId, { title: 'First' });
    second = await createAssignment(app, w.mentor.accessToken, w.moduleId, { title: 'Second' });
    const v1 = (await submit(app, w.learner.accessToken, first.id)).json<SubmissionJson>();
    await submit(app, w.learner.accessToken, second.id);
    await submit(app, w.otherLearner.accessToken, first.id);
    const reviewOf = (points: number, feedback: string) => ({
      scores: [
        { criterion: 'Correctness', points },
        { criterion: 'Design', points: 20 },
      ],
      feedback,
    });
    const reviewed = (token: string, feedback: string, points: number) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/submissions/${v1.id}/review`,
        headers: bearer(token),
        payload: reviewOf(points, feedback),
      });
    await reviewed(w.mentor.accessToken, 'First look', 30);
    await reviewed(w.admin.accessToken, 'Second look', 50);
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists only the caller’s submissions, each with its assignment and latest review', async () => {
    const res = await listMine(w.learner.accessToken);

    expect(res.statusCode).toBe(200);
    const page = res.json<PageJson<MySubmissionJson>>();
    expect(page.meta.total).toBe(2);
    expect(page.data.map((submission) => submission.assignment.title)).toEqual(['Second', 'First']);
    expect(page.data.every((submission) => submission.learnerId === w.learner.user.id)).toBe(true);
    expect(page.data[0].review).toBeNull();
    expect(page.data[1].review).toMatchObject({
      points: 70,
      rawPoints: 70,
      penaltyPercent: 0,
      feedback: 'Second look',
    });
  });

  it('filters by assignment', async () => {
    const page = (await listMine(w.learner.accessToken, `?assignmentId=${second.id}`)).json<
      PageJson<MySubmissionJson>
    >();

    expect(page.data.map((submission) => submission.assignmentId)).toEqual([second.id]);
    await expect(listMine(w.learner.accessToken, `?assignmentId=${randomUUID()}`)).resolves.toMatchObject({
      statusCode: 200,
    });
  });

  it('answers 400 for a malformed filter, 401 without a token and 403 to staff', async () => {
    const invalid = await listMine(w.learner.accessToken, '?assignmentId=nope');
    expect(invalid.statusCode).toBe(400);
    expect(fieldsOf(invalid.json<ProblemJson>())).toEqual(['assignmentId']);
    await expect(listMine(null)).resolves.toMatchObject({ statusCode: 401 });
    await expect(listMine(w.mentor.accessToken)).resolves.toMatchObject({ statusCode: 403 });
  });
});
