import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bearer, type TestSession } from './auth-fixture';

/** A program as the API shows it (JSON). */
export interface ProgramJson {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly level: 'beginner' | 'intermediate' | 'advanced';
  readonly published: boolean;
  readonly archived: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ModuleJson {
  readonly id: string;
  readonly programId: string;
  readonly title: string;
  readonly summary: string;
  readonly position: number;
}

export interface LessonJson {
  readonly id: string;
  readonly programId: string;
  readonly moduleId: string;
  readonly title: string;
  readonly content?: string;
  readonly estimatedMinutes: number;
  readonly position: number;
  readonly tags: string[];
  readonly prerequisiteLessonIds: string[];
}

export function uniqueSlug(label = 'program'): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

async function created<T>(res: Awaited<ReturnType<NestFastifyApplication['inject']>>, what: string): Promise<T> {
  if (res.statusCode !== 201) throw new Error(`${what} answered ${res.statusCode}: ${res.body}`);
  return Promise.resolve(res.json<T>());
}

/** Creates a program over HTTP as the given admin. */
export async function postProgram(
  app: NestFastifyApplication,
  admin: TestSession,
  overrides: Record<string, unknown> = {},
): Promise<ProgramJson> {
  const slug = uniqueSlug();
  const payload = { slug, title: `Program ${slug}`, summary: 'A program', level: 'beginner', ...overrides };
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/programs',
    headers: bearer(admin.accessToken),
    payload,
  });
  return created<ProgramJson>(res, 'POST /programs');
}

export async function postModule(
  app: NestFastifyApplication,
  admin: TestSession,
  programId: string,
  overrides: Record<string, unknown> = {},
): Promise<ModuleJson> {
  const payload = { title: 'A module', summary: 'What it covers', ...overrides };
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/programs/${programId}/modules`,
    headers: bearer(admin.accessToken),
    payload,
  });
  return created<ModuleJson>(res, 'POST /programs/{id}/modules');
}

export async function postLesson(
  app: NestFastifyApplication,
  admin: TestSession,
  moduleId: string,
  overrides: Record<string, unknown> = {},
): Promise<LessonJson> {
  const payload = {
    title: 'A lesson',
    content: '# Markdown',
    estimatedMinutes: 15,
    tags: [],
    prerequisiteLessonIds: [],
    ...overrides,
  };
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/modules/${moduleId}/lessons`,
    headers: bearer(admin.accessToken),
    payload,
  });
  return created<LessonJson>(res, 'POST /modules/{id}/lessons');
}
