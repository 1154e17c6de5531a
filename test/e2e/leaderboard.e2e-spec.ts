import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@prodev/auth';
import { createAssignment, submit } from '../support/assignments-fixture';
import {
  UNTHROTTLED_AUTH,
  bearer,
  createUserWithRole,
  registerUser,
  signInAs,
  type SignedInRoles,
  type TestSession,
} from '../support/auth-fixture';
import {
  countQueries,
  createCohort,
  createModule,
  createProgram,
  enroll,
  setMentors,
} from '../support/curriculum-fixture';
import { createTestApp } from '../support/test-app';

interface LeaderboardJson {
  readonly cohortId: string;
  readonly entries: { rank: number; learnerId: string; name: string; points: number }[];
}

interface MyGradeJson {
  readonly kind: string;
  readonly assessmentId: string;
  readonly title: string;
  readonly programTitle: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly percent: number;
}

describe('Leaderboard and my grades', () => {
  let app: NestFastifyApplication;
  let as: SignedInRoles;
  let cohortId: string;
  let assignmentId: string;
  let ada: TestSession;
  let bob: TestSession;
  let cyd: TestSession;

  const leaderboard = (token: string | null, query = '', cohort = cohortId) =>
    app.inject({
      method: 'GET',
      url: `/api/v1/cohorts/${cohort}/leaderboard${query}`,
      headers: token === null ? {} : bearer(token),
    });
  const board = async (token: string, query = ''): Promise<LeaderboardJson> => {
    const res = await leaderboard(token, query);
    if (res.statusCode !== 200) throw new Error(`leaderboard answered ${res.statusCode}: ${res.body}`);
    return res.json<LeaderboardJson>();
  };

  /** The real path a grade takes: the learner submits, the cohort's mentor reviews. */
  async function gradeThroughReview(learner: TestSession, correctness: number, design: number): Promise<void> {
    const submitted = await submit(app, learner.accessToken, assignmentId);
    if (submitted.statusCode !== 201) throw new Error(`submit answered ${submitted.statusCode}: ${submitted.body}`);
    const reviewed = await app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${submitted.json<{ id: string }>().id}/review`,
      headers: bearer(as.mentor.accessToken),
      payload: {
        scores: [
          { criterion: 'Correctness', points: correctness },
          { criterion: 'Design', points: design },
        ],
        feedback: 'Reviewed',
      },
    });
    if (reviewed.statusCode !== 200) throw new Error(`review answered ${reviewed.statusCode}: ${reviewed.body}`);
  }

  beforeAll(async () => {
    app = await createTestApp(UNTHROTTLED_AUTH);
    as = await signInAs(app);
    const program = await createProgram(app);
    const module = await createModule(app, program.id, 'Projects', 1);
    cohortId = (await createCohort(app, as.admin.accessToken, program.id)).id;
    await setMentors(app, as.admin.accessToken, cohortId, [as.mentor.user.id]);
    [ada, bob, cyd] = [
      await registerUser(app, { name: 'Ada' }),
      await registerUser(app, { name: 'Bob' }),
      await registerUser(app, { name: 'Cyd' }),
    ];
    for (const learner of [ada, bob, cyd]) await enroll(app, learner.accessToken, cohortId);
    assignmentId = (await createAssignment(app, as.admin.accessToken, module.id)).id;
    await gradeThroughReview(ada, 50, 30);
    await gradeThroughReview(bob, 60, 40);
  });

  afterAll(async () => {
    await app.close();
  });

  it('ranks the cohort’s learners by points, ungraded learners last with 0', async () => {
    const { entries } = await board(ada.accessToken);

    expect(entries).toEqual([
      { rank: 1, learnerId: bob.user.id, name: 'Bob', points: 100 },
      { rank: 2, learnerId: ada.user.id, name: 'Ada', points: 80 },
      { rank: 3, learnerId: cyd.user.id, name: 'Cyd', points: 0 },
    ]);
  });

  it('is served from the cache until a grade changes, and is fresh right after a grading', async () => {
    const first = await countQueries(app, () => board(as.mentor.accessToken, '?limit=2'));
    const cached = await countQueries(app, () => board(as.mentor.accessToken, '?limit=2'));
    await gradeThroughReview(cyd, 60, 40);
    await gradeThroughReview(ada, 60, 40);
    const after = await board(as.mentor.accessToken, '?limit=2');

    expect(cached).toBeLessThan(first);
    expect(after.entries).toEqual([
      { rank: 1, learnerId: ada.user.id, name: 'Ada', points: 100 },
      { rank: 1, learnerId: bob.user.id, name: 'Bob', points: 100 },
    ]);
  });

  it('is for the cohort’s learners, its mentors and admins', async () => {
    const outsider = await registerUser(app);
    const otherMentor = await createUserWithRole(app, Role.Mentor);

    const statuses = await Promise.all([
      leaderboard(as.admin.accessToken),
      leaderboard(null),
      leaderboard(outsider.accessToken),
      leaderboard(otherMentor.accessToken),
      leaderboard(as.admin.accessToken, '', randomUUID()),
      leaderboard(as.admin.accessToken, '?limit=0'),
      leaderboard(as.admin.accessToken, '', 'nope'),
    ]).then((responses) => responses.map((res) => res.statusCode));

    expect(statuses).toEqual([200, 401, 403, 403, 404, 400, 400]);
  });

  it('shows a learner their own grades with the assessment’s title and percent', async () => {
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/grades', headers: bearer(bob.accessToken) });
    const byMentor = await app.inject({
      method: 'GET',
      url: '/api/v1/me/grades',
      headers: bearer(as.mentor.accessToken),
    });
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/me/grades' });

    expect(mine.statusCode).toBe(200);
    const page = mine.json<{ data: MyGradeJson[]; meta: { total: number } }>();
    expect(page.meta.total).toBe(1);
    expect(page.data).toEqual([
      expect.objectContaining({
        kind: 'assignment',
        assessmentId: assignmentId,
        title: 'URL shortener',
        points: 100,
        maxPoints: 100,
        percent: 100,
      }),
    ]);
    expect([byMentor.statusCode, anonymous.statusCode]).toEqual([403, 401]);
  });
});
