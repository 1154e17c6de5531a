import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PRODEV_PROGRAM, SEED_TAGS } from '@prodev/curriculum';
import {
  cleanUpProcesses,
  freePort,
  makeTempDir,
  startCli,
  startEntryPoint,
  type ProcessResult,
} from '../support/process';

/**
 * `npm run seed` as an operator runs it on the embedded database: after
 * migration:up the first run creates the ProDev Backend Engineering program,
 * the second changes nothing, and the data folder then holds exactly one
 * program with its 9 modules, lessons, tags, an acyclic prerequisite graph
 * and one open cohort. Then the development API seeds a fresh folder by
 * itself on its first start.
 */

const CLI_WITHIN_MS = 30_000;
const API_READY_WITHIN_MS = 40_000;
const SHUTDOWN_WITHIN_MS = 5_000;

const SLUG = PRODEV_PROGRAM.slug;
const LISTENING = /API listening on http:\/\/127\.0\.0\.1:\d+/;
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const UUID = '[0-9a-f-]{36}';

cleanUpProcesses();

/** Opens the folder the way an operator with psql would, once no process holds it. */
async function withDatabase<T>(dataDir: string, work: (db: PGlite) => Promise<T>): Promise<T> {
  const db = await PGlite.create(dataDir);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** A cycle among `edges` (lesson -> prerequisite) as a list of ids, or null. */
function findCycle(edges: ReadonlyArray<{ lesson_id: string; prerequisite_id: string }>): string[] | null {
  const next = new Map<string, string[]>();
  for (const { lesson_id, prerequisite_id } of edges)
    next.set(lesson_id, [...(next.get(lesson_id) ?? []), prerequisite_id]);
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const prerequisite of next.get(id) ?? []) {
      const cycle = visit(prerequisite);
      if (cycle !== null) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const id of next.keys()) {
    const cycle = visit(id);
    if (cycle !== null) return cycle;
  }
  return null;
}

describe('npm run seed on the embedded database', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = join(makeTempDir(), 'pglite');
  });

  function cli(args: readonly string[]): Promise<ProcessResult> {
    return startCli(args, { NODE_ENV: 'test', EMBEDDED_DB_DIR: dataDir }).waitForExit(CLI_WITHIN_MS);
  }

  it('before migration:up it refuses with one line naming the fix, and exit 1', async () => {
    const { code, stdout, stderr } = await cli(['seed']);

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/run npm run migration:up first/)]);
    expect(stderr).not.toMatch(STACK_FRAME);
  }, 60_000);

  it('after migration:up the first run creates the program and the second leaves it alone', async () => {
    expect(await cli(['migration:up'])).toMatchObject({ code: 0 });

    const first = await cli(['seed']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const created = new RegExp(`^Created program ${SLUG} \\((${UUID})\\): 9 modules, (\\d+) lessons, 1 cohort`, 'm');
    expect(first.stdout).toMatch(created);
    expect(first.stdout).toMatch(/^Tags: api, database, devops, django, performance, python$/m);
    const [, programId] = created.exec(first.stdout)!;

    const second = await cli(['seed']);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect(second.stdout.trim()).toMatch(
      new RegExp(
        `^Unchanged: program ${SLUG} \\(${programId}\\) already exists with 9 modules, \\d+ lessons, 1 cohort`,
      ),
    );
  }, 120_000);

  it('leaves exactly one program with 9 ordered modules, their lessons, tags and an acyclic graph', async () => {
    await withDatabase(dataDir, async (db) => {
      const programs = await db.query<{ id: string; title: string; level: string; published: boolean }>(
        'select id, title, level, published from programs where slug = $1',
        [SLUG],
      );
      expect(programs.rows).toHaveLength(1);
      const program = programs.rows[0];
      expect(program).toMatchObject({ title: PRODEV_PROGRAM.title, level: 'intermediate', published: true });
      expect((await db.query('select 1 from programs')).rows).toHaveLength(1);

      const modules = await db.query<{ id: string; position: number; title: string }>(
        'select id, position, title from modules where program_id = $1 order by position',
        [program.id],
      );
      expect(modules.rows.map(({ position, title }) => ({ position, title }))).toEqual(
        PRODEV_PROGRAM.modules.map(({ title }, index) => ({ position: index + 1, title })),
      );

      const lessons = await db.query<{ id: string; module_id: string; position: number; title: string }>(
        'select l.id, l.module_id, l.position, l.title from lessons l join modules m on m.id = l.module_id ' +
          'where m.program_id = $1 order by m.position, l.position',
        [program.id],
      );
      modules.rows.forEach((module, index) => {
        const ofModule = lessons.rows.filter((lesson) => lesson.module_id === module.id);
        expect(ofModule.length).toBeGreaterThan(0);
        expect(ofModule.map(({ position, title }) => ({ position, title }))).toEqual(
          PRODEV_PROGRAM.modules[index].lessons.map(({ title }, at) => ({ position: at + 1, title })),
        );
      });
      const programLessons = new Set(lessons.rows.map((lesson) => lesson.id));

      // Every edge that touches a lesson of the program stays inside it, and none forms a cycle.
      const edges = await db.query<{ lesson_id: string; prerequisite_id: string }>(
        'select lesson_id, prerequisite_id from lesson_prerequisites',
      );
      const touching = edges.rows.filter(
        (edge) => programLessons.has(edge.lesson_id) || programLessons.has(edge.prerequisite_id),
      );
      const expectedEdges = PRODEV_PROGRAM.modules.flatMap((m) => m.lessons).flatMap((l) => l.prerequisites);
      expect(touching).toHaveLength(expectedEdges.length);
      for (const edge of touching) {
        expect(programLessons.has(edge.lesson_id) && programLessons.has(edge.prerequisite_id)).toBe(true);
        expect(edge.lesson_id).not.toBe(edge.prerequisite_id);
      }
      expect(findCycle(touching)).toBeNull();

      // Tags upserted by name: one row per name, and every lesson tagged from the allowed set.
      const tags = await db.query<{ name: string }>('select name from tags order by name');
      expect(tags.rows.map(({ name }) => name)).toEqual([...SEED_TAGS].sort());
      const untagged = await db.query(
        'select l.id from lessons l join modules m on m.id = l.module_id ' +
          'where m.program_id = $1 and not exists (select 1 from lesson_tags lt where lt.lesson_id = l.id)',
        [program.id],
      );
      expect(untagged.rows).toHaveLength(0);

      const cohorts = await db.query<{ name: string; starts_at: Date; ends_at: Date; capacity: number }>(
        'select name, starts_at, ends_at, capacity from cohorts where program_id = $1',
        [program.id],
      );
      expect(cohorts.rows).toHaveLength(1);
      const [cohort] = cohorts.rows;
      expect(cohort.name).toMatch(/^\d{4} (Winter|Spring|Summer|Autumn) cohort$/);
      expect(cohort.capacity).toBe(30);
      expect(cohort.starts_at.getTime()).toBeGreaterThan(Date.now());
      expect(cohort.ends_at.getTime()).toBeGreaterThan(cohort.starts_at.getTime());
    });
  }, 60_000);

  it('the development API seeds the program by itself on the first start of a fresh folder', async () => {
    const freshDir = join(makeTempDir(), 'pglite');
    const port = await freePort();
    const api = startEntryPoint('api', {
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_DB_DIR: freshDir,
    });
    await api.waitForLine(LISTENING, { timeoutMs: API_READY_WITHIN_MS, stream: 'stdout' });
    expect(api.stdout).toContain(`Seeded the ${PRODEV_PROGRAM.title} program (${SLUG}): 9 modules`);
    api.signal('SIGTERM');
    await expect(api.waitForExit(SHUTDOWN_WITHIN_MS)).resolves.toMatchObject({ code: 0 });

    const again = await startCli(['seed'], { NODE_ENV: 'test', EMBEDDED_DB_DIR: freshDir }).waitForExit(CLI_WITHIN_MS);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^Unchanged: program ${SLUG} `, 'm'));
  }, 120_000);
});
