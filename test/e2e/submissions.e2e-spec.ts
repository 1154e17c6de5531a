import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AssessmentKind, Grade, GradeAuditEntry, GradeSource } from '@prodev/assessments';
import { PROBLEM_JSON, UNTHROTTLED_AUTH, bearer, fieldsOf, type ProblemJson } from '../support/auth-fixture';
import {
  DAY_MS,
  createAssignment,
  createAssignmentWorld,
  submit,
  type AssignmentJson,
  type AssignmentWorld,
  type SubmissionJson,
} from '../support/assignments-fixture';
import { withEm } from '../support/curriculum-fixture';
import { waitForJobsDone } from '../support/jobs-fixture';
import { readOutbox } from '../support/mail-outbox';
import type { NotificationJson } from '../support/notification-scenarios';
import { cleanUpProcesses, makeTempDir } from '../support/process';
import { createTestApp } from '../support/test-app';

interface PageJson<T> {
  readonly data: T[];
  readonly meta: { page: number; pageSize: number; total: number; totalPages: number };
}

const HOUR_MS = 60 * 60 * 1000;

cleanUpProcesses();

describe('Submissions and reviews', () => {
  let app: NestFastifyApplication;
  let w: AssignmentWorld;
  const outboxDir = makeTempDir('prodev-outbox-');

  const list = (token: string | null, assignmentId: string, query = '') =>
    app.inject({
      method: 'GET',
      url: `/api/v1/assignments/${assignmentId}/submissions${query}`,
      headers: token === null ? {} : bearer(token),
    });
  const review = (token: string | null, submissionId: string, payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${submissionId}/review`,
      headers: token === null ? {} : bearer(token),
      payload,
    });
  const fullMarks = (correctness = 60, design = 40) => ({
    scores: [
      { criterion: 'Correctness', points: correctness, comment: 'Two edge cases fail' },
      { criterion: 'Design', points: design },
    ],
    feedback: 'Solid work; add tests for the expiry path.',
  });
  const gradeOf = (learnerId: string, assignmentId: string) =>
    withEm(app, (em) =>
      em.findOne(Grade, { learner: learnerId, kind: AssessmentKind.Assignment, assessmentId: assignmentId }),
    );
  const auditOf = (grade: Grade) =>
    withEm(app, (em) => em.find(GradeAuditEntry, { grade: grade.id }, { orderBy: { createdAt: 'asc' } }));

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH, MAIL_OUTBOX_DIR: outboxDir });
    w = await createAssignmentWorld(app);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('POST /assignments/{id}/submissions', () => {
    let assignment: AssignmentJson;

    beforeAll(async () => {
      assignment = await createAssignment(app, w.mentor.accessToken, w.moduleId);
    });

    it('records a new version on each submission, on time', async () => {
      const first = await submit(app, w.learner.accessToken, assignment.id, {
        repositoryUrl: 'https://github.com/ada/url-shortener',
        commitSha: 'ABCDEF1',
        notes: 'First try',
      });
      const second = await submit(app, w.learner.accessToken, assignment.id);

      expect(first.statusCode).toBe(201);
      expect(first.json<SubmissionJson>()).toMatchObject({
        assignmentId: assignment.id,
        learnerId: w.learner.user.id,
        version: 1,
        commitSha: 'abcdef1',
        notes: 'First try',
        lateDays: 0,
        status: 'ungraded',
      });
      expect(second.statusCode).toBe(201);
      expect(second.json<SubmissionJson>()).toMatchObject({ version: 2, commitSha: null, notes: null });
    });

    it('gives concurrent submissions by one learner consecutive versions', async () => {
      const busy = await createAssignment(app, w.mentor.accessToken, w.moduleId);

      const responses = await Promise.all(
        Array.from({ length: 5 }, () => submit(app, w.otherLearner.accessToken, busy.id)),
      );

      expect(responses.map((res) => res.statusCode)).toEqual([201, 201, 201, 201, 201]);
      const versions = responses.map((res) => res.json<SubmissionJson>().version).sort();
      expect(versions).toEqual([1, 2, 3, 4, 5]);
    });

    it('counts late days (a started day as a whole one) within the late policy', async () => {
      const late = await createAssignment(app, w.mentor.accessToken, w.moduleId, {
        dueAt: new Date(Date.now() - 30 * HOUR_MS).toISOString(),
      });

      const res = await submit(app, w.learner.accessToken, late.id);

      expect(res.statusCode).toBe(201);
      expect(res.json<SubmissionJson>().lateDays).toBe(2);
    });

    it('refuses work after the last accepted late day (422)', async () => {
      const closed = await createAssignment(app, w.mentor.accessToken, w.moduleId, {
        dueAt: new Date(Date.now() - 2 * DAY_MS - HOUR_MS).toISOString(),
        latePolicy: { penaltyPercentPerDay: 10, maxLateDays: 2 },
      });

      const res = await submit(app, w.learner.accessToken, closed.id);

      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.json<ProblemJson>().code).toBe('SUBMISSION.TOO_LATE');
    });

    it('accepts https repository URLs and hex commit SHAs only (400)', async () => {
      const res = await submit(app, w.learner.accessToken, assignment.id, {
        repositoryUrl: 'http://github.com/ada/url-shortener',
        commitSha: 'xyz',
      });

      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json<ProblemJson>())).toEqual(['commitSha', 'repositoryUrl']);
    });

    it('answers 401 without a token, 403 to staff and 404 to a learner outside the program', async () => {
      const body = { repositoryUrl: 'https://github.com/x/y' };
      await expect(
        app.inject({ method: 'POST', url: `/api/v1/assignments/${assignment.id}/submissions`, payload: body }),
      ).resolves.toMatchObject({ statusCode: 401 });
      await expect(submit(app, w.mentor.accessToken, assignment.id, body)).resolves.toMatchObject({ statusCode: 403 });
      await expect(submit(app, w.outsider.accessToken, assignment.id, body)).resolves.toMatchObject({
        statusCode: 404,
      });
      await expect(submit(app, w.learner.accessToken, randomUUID(), body)).resolves.toMatchObject({ statusCode: 404 });
    });
  });

  describe('GET /assignments/{id}/submissions', () => {
    let assignment: AssignmentJson;

    beforeAll(async () => {
      assignment = await createAssignment(app, w.admin.accessToken, w.moduleId);
      await submit(app, w.learner.accessToken, assignment.id);
      await submit(app, w.otherLearner.accessToken, assignment.id);
      await submit(app, w.learner.accessToken, assignment.id);
    });

    it('shows a mentor only the submissions of their own cohorts’ learners, newest first', async () => {
      const res = await list(w.mentor.accessToken, assignment.id);

      expect(res.statusCode).toBe(200);
      const page = res.json<PageJson<SubmissionJson>>();
      expect(page.meta).toEqual({ page: 1, pageSize: 20, total: 2, totalPages: 1 });
      expect(page.data.map((submission) => submission.version)).toEqual([2, 1]);
      expect(page.data[0].learner).toEqual({
        id: w.learner.user.id,
        name: w.learner.user.name,
        email: w.learner.user.email,
      });
    });

    it('shows an admin every learner’s submissions, filtered by status', async () => {
      const all = await list(w.admin.accessToken, assignment.id, '?sort=submittedAt');
      expect(all.json<PageJson<SubmissionJson>>().meta.total).toBe(3);
      const [oldest] = all.json<PageJson<SubmissionJson>>().data;
      await review(w.admin.accessToken, oldest.id, fullMarks());

      const graded = await list(w.admin.accessToken, assignment.id, '?status=graded');
      const ungraded = await list(w.admin.accessToken, assignment.id, '?status=ungraded');

      expect(graded.json<PageJson<SubmissionJson>>().data.map((submission) => submission.id)).toEqual([oldest.id]);
      expect(ungraded.json<PageJson<SubmissionJson>>().meta.total).toBe(2);
    });

    it('answers 400 for an unknown status or sort field', async () => {
      await expect(list(w.admin.accessToken, assignment.id, '?status=lost')).resolves.toMatchObject({
        statusCode: 400,
      });
      await expect(list(w.admin.accessToken, assignment.id, '?sort=learner')).resolves.toMatchObject({
        statusCode: 400,
      });
    });

    it('answers 401 without a token, 403 to a learner and to a mentor of no cohort here, 404 when unknown', async () => {
      await expect(list(null, assignment.id)).resolves.toMatchObject({ statusCode: 401 });
      await expect(list(w.learner.accessToken, assignment.id)).resolves.toMatchObject({ statusCode: 403 });
      await expect(list(w.idleMentor.accessToken, assignment.id)).resolves.toMatchObject({ statusCode: 403 });
      await expect(list(w.admin.accessToken, randomUUID())).resolves.toMatchObject({ statusCode: 404 });
    });
  });

  describe('POST /submissions/{id}/review', () => {
    it('grades a late submission: raw points minus the late penalty, written with an audit row', async () => {
      const late = await createAssignment(app, w.mentor.accessToken, w.moduleId, {
        dueAt: new Date(Date.now() - 2 * HOUR_MS).toISOString(),
      });
      const submission = (await submit(app, w.learner.accessToken, late.id)).json<SubmissionJson>();

      const res = await review(w.mentor.accessToken, submission.id, fullMarks(45, 35));

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        submissionId: submission.id,
        reviewerId: w.mentor.user.id,
        lateDays: 1,
        rawPoints: 80,
        penaltyPercent: 10,
        points: 72,
        maxPoints: 100,
        scores: [
          { criterion: 'Correctness', points: 45, comment: 'Two edge cases fail' },
          { criterion: 'Design', points: 35 },
        ],
      });
      const grade = await gradeOf(w.learner.user.id, late.id);
      expect(grade).toMatchObject({ points: 72, maxPoints: 100, program: { id: w.programId } });
      const audit = await auditOf(grade!);
      expect(audit).toEqual([
        expect.objectContaining({
          source: GradeSource.Review,
          pointsBefore: null,
          pointsAfter: 72,
          actor: expect.objectContaining({ id: w.mentor.user.id }),
        }),
      ]);
    });

    it('records a re-review (of a new version) as a regrade, one more audit row', async () => {
      const assignment = await createAssignment(app, w.mentor.accessToken, w.moduleId);
      const v1 = (await submit(app, w.learner.accessToken, assignment.id)).json<SubmissionJson>();
      await review(w.mentor.accessToken, v1.id, fullMarks(30, 20));
      const v2 = (await submit(app, w.learner.accessToken, assignment.id)).json<SubmissionJson>();

      const res = await review(w.admin.accessToken, v2.id, fullMarks(55, 40));

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ points: 95, penaltyPercent: 0 });
      const grade = await gradeOf(w.learner.user.id, assignment.id);
      expect(grade?.points).toBe(95);
      const audit = await auditOf(grade!);
      expect(audit.map(({ source, pointsBefore, pointsAfter }) => ({ source, pointsBefore, pointsAfter }))).toEqual([
        { source: GradeSource.Review, pointsBefore: null, pointsAfter: 50 },
        { source: GradeSource.Regrade, pointsBefore: 50, pointsAfter: 95 },
      ]);
    });

    it('notifies the learner by a job: an in-app notification and an email', async () => {
      const assignment = await createAssignment(app, w.mentor.accessToken, w.moduleId, { title: 'Rate limiter' });
      const submission = (await submit(app, w.otherLearner.accessToken, assignment.id)).json<SubmissionJson>();
      await waitForJobsDone(app);

      await expect(review(w.otherMentor.accessToken, submission.id, fullMarks(50, 38))).resolves.toMatchObject({
        statusCode: 200,
      });
      await waitForJobsDone(app);

      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/me/notifications',
        headers: bearer(w.otherLearner.accessToken),
      });
      const reviewed = res
        .json<PageJson<NotificationJson>>()
        .data.filter((notification) => notification.kind === 'submission-reviewed');
      expect(reviewed).toEqual([
        expect.objectContaining({ title: 'Your submission for "Rate limiter" was reviewed', read: false }),
      ]);
      expect(reviewed[0].body).toContain('88 of 100 points');
      expect(reviewed[0].body).toContain('Solid work; add tests for the expiry path.');
      const mails = (await readOutbox(outboxDir)).filter(
        (mail) => mail.to.includes(w.otherLearner.user.email) && mail.subject.includes('Rate limiter'),
      );
      expect(mails).toHaveLength(1);
    });

    it('forbids a mentor of another cohort (403), and leaves the submission ungraded', async () => {
      const assignment = await createAssignment(app, w.mentor.accessToken, w.moduleId);
      const submission = (await submit(app, w.learner.accessToken, assignment.id)).json<SubmissionJson>();

      for (const mentor of [w.otherMentor, w.idleMentor]) {
        const res = await review(mentor.accessToken, submission.id, fullMarks());
        expect(res.statusCode).toBe(403);
        expect(res.json<ProblemJson>().code).toBe('ASSIGNMENT.NOT_LEARNERS_MENTOR');
      }
      await expect(gradeOf(w.learner.user.id, assignment.id)).resolves.toBeNull();
      const page = (await list(w.mentor.accessToken, assignment.id, '?status=ungraded')).json<
        PageJson<SubmissionJson>
      >();
      expect(page.meta.total).toBe(1);
    });

    it('needs each rubric criterion exactly once, within its points (400)', async () => {
      const assignment = await createAssignment(app, w.mentor.accessToken, w.moduleId);
      const submission = (await submit(app, w.learner.accessToken, assignment.id)).json<SubmissionJson>();

      const res = await review(w.mentor.accessToken, submission.id, {
        scores: [
          { criterion: 'Correctness', points: 61 },
          { criterion: 'Correctness', points: 1 },
        ],
        feedback: 'x',
      });

      expect(res.statusCode).toBe(400);
      const problem = res.json<ProblemJson>();
      expect(problem.code).toBe('REVIEW.INVALID_SCORES');
      expect(fieldsOf(problem)).toEqual(['scores', 'scores.0.points', 'scores.1.criterion']);
      const invalid = await review(w.mentor.accessToken, submission.id, { scores: [], feedback: '' });
      expect(invalid.statusCode).toBe(400);
      expect(fieldsOf(invalid.json<ProblemJson>())).toEqual(['feedback', 'scores']);
    });

    it('answers 401 without a token, 403 to a learner and 404 for an unknown submission', async () => {
      await expect(review(null, randomUUID(), fullMarks())).resolves.toMatchObject({ statusCode: 401 });
      await expect(review(w.learner.accessToken, randomUUID(), fullMarks())).resolves.toMatchObject({
        statusCode: 403,
      });
      const res = await review(w.admin.accessToken, randomUUID(), fullMarks());
      expect(res.statusCode).toBe(404);
      expect(res.json<ProblemJson>().code).toBe('SUBMISSION.NOT_FOUND');
    });
  });
});
