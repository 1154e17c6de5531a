import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PROBLEM_JSON, UNTHROTTLED_AUTH, bearer, fieldsOf, type ProblemJson } from '../support/auth-fixture';
import {
  DAY_MS,
  assignmentBody,
  createAssignment,
  createAssignmentWorld,
  submit,
  type AssignmentJson,
  type AssignmentWorld,
} from '../support/assignments-fixture';
import { createTestApp } from '../support/test-app';

describe('Assignments and extensions', () => {
  let app: NestFastifyApplication;
  let w: AssignmentWorld;

  const create = (token: string | null, payload: Record<string, unknown>, moduleId = w.moduleId) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/modules/${moduleId}/assignments`,
      headers: token === null ? {} : bearer(token),
      payload,
    });
  const get = (token: string | null, id: string) =>
    app.inject({ method: 'GET', url: `/api/v1/assignments/${id}`, headers: token === null ? {} : bearer(token) });
  const grant = (token: string | null, id: string, payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/assignments/${id}/extensions`,
      headers: token === null ? {} : bearer(token),
      payload,
    });

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH });
    w = await createAssignmentWorld(app);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('POST /modules/{id}/assignments', () => {
    it('creates an assignment with its rubric and late policy (mentor)', async () => {
      const res = await create(w.mentor.accessToken, assignmentBody());

      expect(res.statusCode).toBe(201);
      expect(res.json<AssignmentJson>()).toMatchObject({
        moduleId: w.moduleId,
        title: 'URL shortener',
        maxPoints: 100,
        rubric: [
          { criterion: 'Correctness', description: 'Tests pass', points: 60 },
          { criterion: 'Design', description: 'Small modules', points: 40 },
        ],
        latePolicy: { penaltyPercentPerDay: 10, maxLateDays: 3 },
      });
    });

    it('lets an admin create one too', async () => {
      await expect(create(w.admin.accessToken, assignmentBody())).resolves.toMatchObject({ statusCode: 201 });
    });

    it('refuses a rubric whose points do not add up to maxPoints, or with a criterion twice (400)', async () => {
      const res = await create(
        w.mentor.accessToken,
        assignmentBody({
          rubric: [
            { criterion: 'Design', description: '', points: 50 },
            { criterion: 'Design', description: '', points: 40 },
          ],
        }),
      );

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      const problem = res.json<ProblemJson>();
      expect(problem.code).toBe('ASSIGNMENT.INVALID_RUBRIC');
      expect(fieldsOf(problem)).toEqual(['rubric', 'rubric.1.criterion']);
    });

    it('validates the body: a title, criterion points > 0, the late policy (400)', async () => {
      const res = await create(
        w.mentor.accessToken,
        assignmentBody({
          title: '',
          rubric: [{ criterion: 'Only', description: '', points: 0 }],
          latePolicy: { penaltyPercentPerDay: 101, maxLateDays: -1 },
        }),
      );

      expect(res.statusCode).toBe(400);
      const problem = res.json<ProblemJson>();
      expect(problem.code).toBe('VALIDATION.FAILED');
      expect(fieldsOf(problem)).toEqual(
        expect.arrayContaining([
          'title',
          'rubric.0.points',
          'latePolicy.penaltyPercentPerDay',
          'latePolicy.maxLateDays',
        ]),
      );
    });

    it('answers 401 without a token and 403 to a learner', async () => {
      await expect(create(null, assignmentBody())).resolves.toMatchObject({ statusCode: 401 });
      await expect(create(w.learner.accessToken, assignmentBody())).resolves.toMatchObject({ statusCode: 403 });
    });

    it('answers 404 for an unknown module', async () => {
      const res = await create(w.mentor.accessToken, assignmentBody(), randomUUID());

      expect(res.statusCode).toBe(404);
      expect(res.json<ProblemJson>().code).toBe('ASSIGNMENT.MODULE_NOT_FOUND');
    });
  });

  describe('GET /assignments/{id}', () => {
    let assignment: AssignmentJson;

    beforeAll(async () => {
      assignment = await createAssignment(app, w.mentor.accessToken, w.moduleId);
    });

    it('shows it to a learner enrolled in the program, and to staff', async () => {
      for (const session of [w.learner, w.otherLearner, w.mentor, w.idleMentor, w.admin]) {
        const res = await get(session.accessToken, assignment.id);
        expect(res.statusCode).toBe(200);
        expect(res.json<AssignmentJson>()).toEqual(assignment);
      }
    });

    it('hides it from a learner who is not enrolled in the program (404)', async () => {
      const res = await get(w.outsider.accessToken, assignment.id);

      expect(res.statusCode).toBe(404);
      expect(res.json<ProblemJson>().code).toBe('ASSIGNMENT.NOT_FOUND');
    });

    it('answers 401 without a token, 400 for a malformed id and 404 for an unknown one', async () => {
      await expect(get(null, assignment.id)).resolves.toMatchObject({ statusCode: 401 });
      await expect(get(w.admin.accessToken, 'not-a-uuid')).resolves.toMatchObject({ statusCode: 400 });
      await expect(get(w.admin.accessToken, randomUUID())).resolves.toMatchObject({ statusCode: 404 });
    });
  });

  describe('POST /assignments/{id}/extensions', () => {
    let closed: AssignmentJson;

    beforeAll(async () => {
      // Due five days ago, nothing late accepted: closed for everyone without an extension.
      closed = await createAssignment(app, w.admin.accessToken, w.moduleId, {
        dueAt: new Date(Date.now() - 5 * DAY_MS).toISOString(),
        latePolicy: { penaltyPercentPerDay: 10, maxLateDays: 0 },
      });
    });

    it('moves the due date for one learner: they may submit again, others still may not', async () => {
      await expect(submit(app, w.learner.accessToken, closed.id)).resolves.toMatchObject({ statusCode: 422 });
      const dueAt = new Date(Date.now() + 2 * DAY_MS).toISOString();

      const res = await grant(w.mentor.accessToken, closed.id, {
        learnerId: w.learner.user.id,
        dueAt,
        reason: 'Hospitalised during the project week',
      });

      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        assignmentId: closed.id,
        learnerId: w.learner.user.id,
        dueAt,
        reason: 'Hospitalised during the project week',
        grantedById: w.mentor.user.id,
      });
      const submitted = await submit(app, w.learner.accessToken, closed.id);
      expect(submitted.statusCode).toBe(201);
      expect(submitted.json()).toMatchObject({ version: 1, lateDays: 0 });
      await expect(submit(app, w.otherLearner.accessToken, closed.id)).resolves.toMatchObject({ statusCode: 422 });
    });

    it('replaces an earlier extension when granted again (admin)', async () => {
      const dueAt = new Date(Date.now() - 3 * DAY_MS).toISOString();
      const res = await grant(w.admin.accessToken, closed.id, { learnerId: w.learner.user.id, dueAt, reason: 'Undo' });

      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ dueAt, reason: 'Undo', grantedById: w.admin.user.id });
      await expect(submit(app, w.learner.accessToken, closed.id)).resolves.toMatchObject({ statusCode: 422 });
    });

    it('is only for the learner’s own cohort mentor: another mentor gets 403', async () => {
      const res = await grant(w.otherMentor.accessToken, closed.id, {
        learnerId: w.learner.user.id,
        dueAt: new Date().toISOString(),
        reason: 'Not my learner',
      });

      expect(res.statusCode).toBe(403);
      expect(res.json<ProblemJson>().code).toBe('ASSIGNMENT.NOT_LEARNERS_MENTOR');
    });

    it('refuses a learner who is not enrolled in the program (422)', async () => {
      const res = await grant(w.admin.accessToken, closed.id, {
        learnerId: w.outsider.user.id,
        dueAt: new Date().toISOString(),
        reason: 'Outsider',
      });

      expect(res.statusCode).toBe(422);
      expect(res.json<ProblemJson>().code).toBe('ASSIGNMENT.LEARNER_NOT_ENROLLED');
    });

    it('answers 400 without a reason, 401 without a token, 403 to a learner and 404 for an unknown assignment', async () => {
      const body = { learnerId: w.learner.user.id, dueAt: new Date().toISOString(), reason: 'Because' };
      const invalid = await grant(w.mentor.accessToken, closed.id, { ...body, reason: undefined });
      expect(invalid.statusCode).toBe(400);
      expect(fieldsOf(invalid.json<ProblemJson>())).toEqual(['reason']);
      await expect(grant(null, closed.id, body)).resolves.toMatchObject({ statusCode: 401 });
      await expect(grant(w.learner.accessToken, closed.id, body)).resolves.toMatchObject({ statusCode: 403 });
      await expect(grant(w.admin.accessToken, randomUUID(), body)).resolves.toMatchObject({ statusCode: 404 });
    });
  });
});
