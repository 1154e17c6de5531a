import { ProgramLevel } from '../programs/program-level';
import { PRODEV_PROGRAM, SEED_TAGS, plannedCohort, type SeedLesson } from './prodev-program.data';

const MODULE_TOPICS = [
  /python/i,
  /django/i,
  /rest/i,
  /graphql/i,
  /docker/i,
  /ci\/cd/i,
  /database/i,
  /asynchronous/i,
  /caching/i,
] as const;

const lessons: readonly SeedLesson[] = PRODEV_PROGRAM.modules.flatMap((module) => module.lessons);

/** A cycle in the prerequisite graph as a list of keys, or null (depth-first search with colours). */
function findCycle(all: readonly SeedLesson[]): string[] | null {
  const edges = new Map(all.map((lesson) => [lesson.key, lesson.prerequisites]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 'done') return null;
    if (state.get(key) === 'visiting') return [...path.slice(path.indexOf(key)), key];
    state.set(key, 'visiting');
    path.push(key);
    for (const next of edges.get(key) ?? []) {
      const cycle = visit(next);
      if (cycle !== null) return cycle;
    }
    path.pop();
    state.set(key, 'done');
    return null;
  };
  for (const lesson of all) {
    const cycle = visit(lesson.key);
    if (cycle !== null) return cycle;
  }
  return null;
}

describe('the ProDev Backend Engineering seed data', () => {
  it('is the published intermediate program under its slug', () => {
    expect(PRODEV_PROGRAM).toMatchObject({
      slug: 'prodev-backend-engineering',
      title: 'ProDev Backend Engineering',
      level: ProgramLevel.Intermediate,
      published: true,
    });
    expect(PRODEV_PROGRAM.summary.length).toBeGreaterThan(100);
    expect(PRODEV_PROGRAM.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has the 9 modules in program order, each with a summary and lessons', () => {
    expect(PRODEV_PROGRAM.modules).toHaveLength(9);
    PRODEV_PROGRAM.modules.forEach((module, index) => {
      expect(module.title).toMatch(MODULE_TOPICS[index]);
      expect(module.summary.trim()).not.toBe('');
      expect(module.lessons.length).toBeGreaterThanOrEqual(3);
    });
  });

  it('gives every lesson a unique key, a title, real markdown content and a sensible duration', () => {
    const keys = lessons.map((lesson) => lesson.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const lesson of lessons) {
      expect(lesson.title.trim()).not.toBe('');
      expect(lesson.title.length).toBeLessThanOrEqual(200);
      expect(lesson.content).toMatch(/^## /m);
      expect(lesson.content.length).toBeGreaterThan(200);
      expect(lesson.content).not.toMatch(/lorem ipsum/i);
      expect(Number.isInteger(lesson.estimatedMinutes)).toBe(true);
      expect(lesson.estimatedMinutes).toBeGreaterThanOrEqual(15);
      expect(lesson.estimatedMinutes).toBeLessThanOrEqual(180);
    }
  });

  it('keeps lesson titles unique within each module', () => {
    for (const module of PRODEV_PROGRAM.modules) {
      const titles = module.lessons.map((lesson) => lesson.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('tags every lesson with at least one tag, all from the allowed set, without repeats', () => {
    const allowed: readonly string[] = SEED_TAGS;
    for (const lesson of lessons) {
      expect(lesson.tags.length).toBeGreaterThan(0);
      expect(new Set(lesson.tags).size).toBe(lesson.tags.length);
      for (const tag of lesson.tags) expect(allowed).toContain(tag);
    }
    expect(new Set(lessons.flatMap((lesson) => lesson.tags))).toEqual(new Set(SEED_TAGS));
  });

  it('refers only to existing lessons that come earlier in the program, never to itself', () => {
    const seen = new Set<string>();
    for (const lesson of lessons) {
      expect(new Set(lesson.prerequisites).size).toBe(lesson.prerequisites.length);
      for (const prerequisite of lesson.prerequisites) {
        expect({ lesson: lesson.key, prerequisite, earlier: seen.has(prerequisite) }).toEqual({
          lesson: lesson.key,
          prerequisite,
          earlier: true,
        });
      }
      seen.add(lesson.key);
    }
  });

  it('has an acyclic prerequisite graph in which later modules build on earlier ones', () => {
    expect(findCycle(lessons)).toBeNull();
    // Sensible links, not an empty graph: Django needs Python, DRF needs Django models.
    const byKey = new Map(lessons.map((lesson) => [lesson.key, lesson]));
    expect(byKey.get('django.mvt')?.prerequisites).toContain('python.advanced-syntax-oop');
    expect(byKey.get('rest.drf')?.prerequisites).toContain('django.models-views-templates-orm');
    expect(lessons.filter((lesson) => lesson.prerequisites.length > 0).length).toBeGreaterThan(lessons.length / 2);
  });

  it('the cycle check itself finds a cycle', () => {
    const lesson = lessons[0];
    const looped = [
      { ...lesson, key: 'a', prerequisites: ['b'] },
      { ...lesson, key: 'b', prerequisites: ['a'] },
    ];
    expect(findCycle(looped)).toEqual(['a', 'b', 'a']);
  });
});

describe('plannedCohort', () => {
  const plan = PRODEV_PROGRAM.cohort;

  it('opens 30 seats on a Monday a few weeks after the seed date and runs for months', () => {
    const seedDate = new Date('2026-11-26T10:00:00Z');
    const cohort = plannedCohort(plan, seedDate);

    expect(cohort.capacity).toBe(30);
    expect(cohort.startsAt.getUTCDay()).toBe(1);
    const weeksAhead = (cohort.startsAt.getTime() - seedDate.getTime()) / (7 * 24 * 3600 * 1000);
    expect(weeksAhead).toBeGreaterThanOrEqual(4);
    expect(weeksAhead).toBeLessThan(5);
    const months = (cohort.endsAt.getTime() - cohort.startsAt.getTime()) / (30 * 24 * 3600 * 1000);
    expect(months).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['2026-11-26T10:00:00Z', '2027 Winter cohort', '2026-12-28T09:00:00.000Z'],
    ['2027-02-10T00:00:00Z', '2027 Spring cohort', '2027-03-15T09:00:00.000Z'],
    ['2027-05-10T00:00:00Z', '2027 Summer cohort', '2027-06-07T09:00:00.000Z'],
    ['2027-08-20T23:30:00Z', '2027 Autumn cohort', '2027-09-20T09:00:00.000Z'],
  ])('seeded on %s it is the %s starting %s', (seededOn, name, startsAt) => {
    const cohort = plannedCohort(plan, new Date(seededOn));

    expect(cohort.name).toBe(name);
    expect(cohort.startsAt.toISOString()).toBe(startsAt);
  });
});
