import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AssessmentKind, Grade } from '@prodev/assessments';
import { Role, User } from '@prodev/auth';
import { Cohort, Enrollment, Program } from '@prodev/curriculum';
import { parse } from 'csv-parse/sync';
import { PROBLEM_JSON, UNTHROTTLED_AUTH, bearer, signInAs, type SignedInRoles } from '../support/auth-fixture';
import {
  countQueries,
  createCohort,
  createModule,
  createProgram,
  setMentors,
  withEm,
} from '../support/curriculum-fixture';
import { waitForJobsDone } from '../support/jobs-fixture';
import { createTestApp } from '../support/test-app';

interface AssessmentJson {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
}

interface GradebookJson {
  readonly assessments: AssessmentJson[];
  readonly data: {
    learnerId: string;
    name: string;
    email: string;
    grades: { assessmentId: string; kind: string; points: number | null; maxPoints: number | null }[];
    totalPoints: number;
  }[];
  readonly meta: { page: number; pageSize: number; total: number; totalPages: number };
}

const LEARNERS = 200;
const QUIZZES = 5;
const ASSIGNMENTS = 5;

describe('Grade book', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;
  let programId: string;
  let cohortId: string;
  let assessments: { id: string; kind: AssessmentKind; title: string; maxPoints: number }[];

  const gradebook = (cohort: string, token: string | null, query = '') =>
    app.inject({
      method: 'GET',
      url: `/api/v1/cohorts/${cohort}/gradebook${query}`,
      headers: token === null ? {} : bearer(token),
    });
  const requestExport = (cohort: string, token: string) =>
    app.inject({ method: 'POST', url: `/api/v1/cohorts/${cohort}/gradebook/exports`, headers: bearer(token) });

  async function createAssessments(moduleIds: string[]): Promise<typeof assessments> {
    const created: typeof assessments = [];
    for (let i = 0; i < QUIZZES; i += 1) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/modules/${moduleIds[i % moduleIds.length]}/quizzes`,
        headers: bearer(as.admin.accessToken),
        payload: { title: `Quiz ${i + 1}`, maxAttempts: 2, passingScore: 60, gradingMethod: 'highest' },
      });
      if (res.statusCode !== 201) throw new Error(`quiz: ${res.statusCode} ${res.body}`);
      created.push({
        id: res.json<{ id: string }>().id,
        kind: AssessmentKind.Quiz,
        title: `Quiz ${i + 1}`,
        maxPoints: 10,
      });
    }
    for (let i = 0; i < ASSIGNMENTS; i += 1) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/modules/${moduleIds[i % moduleIds.length]}/assignments`,
        headers: bearer(as.admin.accessToken),
        payload: {
          title: `Project ${i + 1}`,
          instructions: 'Build it',
          dueAt: '2027-03-01T17:00:00.000Z',
          maxPoints: 100,
          rubric: [{ criterion: 'Works', description: 'It works', points: 100 }],
          latePolicy: { penaltyPercentPerDay: 10, maxLateDays: 2 },
        },
      });
      if (res.statusCode !== 201) throw new Error(`assignment: ${res.statusCode} ${res.body}`);
      created.push({
        id: res.json<{ id: string }>().id,
        kind: AssessmentKind.Assignment,
        title: `Project ${i + 1}`,
        maxPoints: 100,
      });
    }
    return created;
  }

  /** Learners, enrollments and grades written straight to the database: the grade book only reads them. */
  async function enrollGradedLearners(count: number, names: (i: number) => string): Promise<User[]> {
    return withEm(app, async (em) => {
      const cohort = em.getReference(Cohort, cohortId);
      const program = em.getReference(Program, programId);
      const learners = Array.from(
        { length: count },
        (_, i) => new User(`gb-${randomUUID()}@example.com`, names(i), 'not-a-real-hash', Role.Learner),
      );
      for (const [i, learner] of learners.entries()) {
        em.persist([learner, new Enrollment(cohort, learner)]);
        // Every learner has a grade on every assessment but the last, to show an ungraded cell.
        for (const [j, assessment] of assessments.slice(0, -1).entries()) {
          const points = (i + j) % (assessment.maxPoints + 1);
          em.persist(
            new Grade({
              learner,
              program,
              kind: assessment.kind,
              assessmentId: assessment.id,
              points,
              maxPoints: assessment.maxPoints,
            }),
          );
        }
      }
      await em.flush();
      return learners;
    });
  }

  beforeAll(async () => {
    app = await createTestApp(UNTHROTTLED_AUTH);
    as = await signInAs(app);
    const program = await createProgram(app);
    programId = program.id;
    const modules = [await createModule(app, programId, 'First', 1), await createModule(app, programId, 'Second', 2)];
    const cohort = await createCohort(app, as.admin.accessToken, programId, { capacity: 500 });
    cohortId = cohort.id;
    await setMentors(app, as.admin.accessToken, cohortId, [as.mentor.user.id]);
    assessments = await createAssessments(modules.map((m) => m.id));
    await enrollGradedLearners(LEARNERS - 2, (i) => `Learner ${String(i).padStart(3, '0')}`);
    // Names a CSV must quote, and one a spreadsheet would run as a formula.
    await enrollGradedLearners(1, () => 'Zed "Quote", Jr.');
    await enrollGradedLearners(1, () => '=HYPERLINK("http://evil.example")');
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  it('lists the program’s assessments in course order and each learner’s grade per assessment, with the total', async () => {
    const res = await gradebook(cohortId, as.mentor.accessToken, '?pageSize=100');

    expect(res.statusCode).toBe(200);
    const book = res.json<GradebookJson>();
    // Course order: module position, then creation. Odd-numbered ones went to the first module.
    expect(book.assessments.map((a) => a.title)).toEqual([
      'Quiz 1',
      'Quiz 3',
      'Quiz 5',
      'Project 1',
      'Project 3',
      'Project 5',
      'Quiz 2',
      'Quiz 4',
      'Project 2',
      'Project 4',
    ]);
    expect(book.meta).toEqual({ page: 1, pageSize: 100, total: LEARNERS, totalPages: 2 });
    expect(book.data).toHaveLength(100);
    for (const row of book.data) {
      expect(row.grades.map((g) => g.assessmentId)).toEqual(book.assessments.map((a) => a.id));
      const graded = row.grades.filter((g) => g.points !== null);
      expect(graded).toHaveLength(assessments.length - 1);
      expect(row.totalPoints).toBeCloseTo(
        graded.reduce((sum, g) => sum + (g.points ?? 0), 0),
        5,
      );
    }
    const names = book.data.map((row) => row.name);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
  });

  it('reads a page of 100 learners x 10 assessments in one SQL statement (plus the access check), as for 1 x 1', async () => {
    const small = await createCohort(app, as.admin.accessToken, programId, { name: 'Small' });
    await setMentors(app, as.admin.accessToken, small.id, [as.mentor.user.id]);

    const forSmall = await countQueries(app, () => gradebook(small.id, as.mentor.accessToken));
    const forBig = await countQueries(app, () => gradebook(cohortId, as.mentor.accessToken, '?pageSize=100'));

    expect(forBig).toBe(forSmall);
  });

  it('exports the same grade book as CSV, built by a job, quoted properly and safe to open', async () => {
    const requested = await requestExport(cohortId, as.mentor.accessToken);
    expect(requested.statusCode).toBe(202);
    const { reportId } = requested.json<{ reportId: string }>();
    await waitForJobsDone(app);

    const status = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${reportId}`,
      headers: bearer(as.mentor.accessToken),
    });
    const file = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${reportId}/download`,
      headers: bearer(as.mentor.accessToken),
    });

    expect(status.json()).toMatchObject({
      id: reportId,
      status: 'ready',
      kind: 'gradebook_csv',
      cohortId,
      error: null,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="gradebook-.+\.csv"$/);
    const pages = [
      (await gradebook(cohortId, as.mentor.accessToken, '?pageSize=100&page=1')).json<GradebookJson>(),
      (await gradebook(cohortId, as.mentor.accessToken, '?pageSize=100&page=2')).json<GradebookJson>(),
    ];
    const expected = [
      ['Learner', 'Email', ...pages[0].assessments.map((a) => `${a.title} (${a.kind})`), 'Total'],
      ...pages.flatMap((page) =>
        page.data.map((row) => [
          row.name.startsWith('=') ? `'${row.name}` : row.name,
          row.email,
          ...row.grades.map((g) => (g.points === null ? '' : String(g.points))),
          String(row.totalPoints),
        ]),
      ),
    ];
    expect(parse(file.body, { relax_column_count: false })).toEqual(expected);
    expect(file.body).toContain('"Zed ""Quote"", Jr."');
  });

  it('keeps a report to whoever asked for it (and admins), and says 409 until it is ready', async () => {
    const requested = await requestExport(cohortId, as.admin.accessToken);
    const { reportId } = requested.json<{ reportId: string }>();
    const byMentor = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${reportId}`,
      headers: bearer(as.mentor.accessToken),
    });
    await waitForJobsDone(app);
    // As if the worker had not got to it yet.
    await withEm(app, (em) =>
      em.getConnection().execute(`update reports set status = 'pending' where id = ?`, [reportId]),
    );
    const early = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${reportId}/download`,
      headers: bearer(as.admin.accessToken),
    });

    expect(requested.statusCode).toBe(202);
    expect(byMentor.statusCode).toBe(404);
    expect(early.statusCode).toBe(409);
    expect(early.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it('is for the cohort’s mentors and admins: 401, 403 for others, 404 for an unknown cohort, 400 for a bad id', async () => {
    const otherMentor = await signInAs(app).then((other) => other.mentor);

    const responses = await Promise.all([
      gradebook(cohortId, null),
      gradebook(cohortId, as.learner.accessToken),
      gradebook(cohortId, otherMentor.accessToken),
      requestExport(cohortId, otherMentor.accessToken),
      gradebook(randomUUID(), as.admin.accessToken),
      gradebook('not-a-uuid', as.admin.accessToken),
      gradebook(cohortId, as.admin.accessToken, '?pageSize=1000'),
    ]);

    expect(responses.map((res) => res.statusCode)).toEqual([401, 403, 403, 403, 404, 400, 400]);
  });
});
