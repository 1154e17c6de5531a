import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@prodev/auth';
import { bearer, createUserWithRole, registerUser, signInAs, type TestSession } from './auth-fixture';
import { createCohort, createModule, createProgram, enroll, setMentors } from './curriculum-fixture';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface AssignmentJson {
  readonly id: string;
  readonly moduleId: string;
  readonly title: string;
  readonly instructions: string;
  readonly dueAt: string;
  readonly maxPoints: number;
  readonly rubric: { criterion: string; description: string; points: number }[];
  readonly latePolicy: { penaltyPercentPerDay: number; maxLateDays: number };
  readonly createdAt: string;
}

export interface SubmissionJson {
  readonly id: string;
  readonly assignmentId: string;
  readonly learnerId: string;
  readonly version: number;
  readonly repositoryUrl: string;
  readonly commitSha: string | null;
  readonly notes: string | null;
  readonly submittedAt: string;
  readonly lateDays: number;
  readonly status: 'ungraded' | 'graded';
  readonly learner?: { id: string; name: string; email: string };
}

/**
 * One program with a module and two cohorts, each with its own mentor and
 * enrolled learner, plus a learner enrolled nowhere and a mentor of no cohort:
 * everything the access rules of assignments tell apart.
 */
export interface AssignmentWorld {
  readonly admin: TestSession;
  readonly mentor: TestSession;
  readonly otherMentor: TestSession;
  readonly idleMentor: TestSession;
  readonly learner: TestSession;
  readonly otherLearner: TestSession;
  readonly outsider: TestSession;
  readonly programId: string;
  readonly moduleId: string;
}

export async function createAssignmentWorld(app: NestFastifyApplication): Promise<AssignmentWorld> {
  const { admin, mentor, learner } = await signInAs(app);
  const otherMentor = await createUserWithRole(app, Role.Mentor);
  const idleMentor = await createUserWithRole(app, Role.Mentor);
  const otherLearner = await registerUser(app, { name: 'Other Learner' });
  const outsider = await registerUser(app, { name: 'Outsider' });
  const program = await createProgram(app);
  const module = await createModule(app, program.id, 'Projects', 1);
  const cohort = await createCohort(app, admin.accessToken, program.id, { name: 'A' });
  const otherCohort = await createCohort(app, admin.accessToken, program.id, { name: 'B' });
  await setMentors(app, admin.accessToken, cohort.id, [mentor.user.id]);
  await setMentors(app, admin.accessToken, otherCohort.id, [otherMentor.user.id]);
  await enroll(app, learner.accessToken, cohort.id);
  await enroll(app, otherLearner.accessToken, otherCohort.id);
  return {
    admin,
    mentor,
    otherMentor,
    idleMentor,
    learner,
    otherLearner,
    outsider,
    programId: program.id,
    moduleId: module.id,
  };
}

/** A valid assignment body: two criteria adding up to 100, 10% off per late day, three late days. */
export function assignmentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'URL shortener',
    instructions: 'Build it with tests.',
    dueAt: new Date(Date.now() + 7 * DAY_MS).toISOString(),
    maxPoints: 100,
    rubric: [
      { criterion: 'Correctness', description: 'Tests pass', points: 60 },
      { criterion: 'Design', description: 'Small modules', points: 40 },
    ],
    latePolicy: { penaltyPercentPerDay: 10, maxLateDays: 3 },
    ...overrides,
  };
}

export async function createAssignment(
  app: NestFastifyApplication,
  token: string,
  moduleId: string,
  overrides: Record<string, unknown> = {},
): Promise<AssignmentJson> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/modules/${moduleId}/assignments`,
    headers: bearer(token),
    payload: assignmentBody(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`create assignment answered ${res.statusCode}: ${res.body}`);
  return res.json<AssignmentJson>();
}

export function submit(
  app: NestFastifyApplication,
  token: string,
  assignmentId: string,
  payload: Record<string, unknown> = { repositoryUrl: 'https://github.com/ada/url-shortener' },
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/assignments/${assignmentId}/submissions`,
    headers: bearer(token),
    payload,
  });
}
