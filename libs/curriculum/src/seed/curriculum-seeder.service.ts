import { randomUUID } from 'node:crypto';
import { CreateRequestContext, MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@prodev/core';
import { Cohort } from '../cohorts/cohort.entity';
import { Lesson } from '../lessons/lesson.entity';
import { Tag } from '../lessons/tag.entity';
import { ProgramModule } from '../modules/program-module.entity';
import { Program } from '../programs/program.entity';
import { PRODEV_PROGRAM, plannedCohort, type SeedProgram } from './prodev-program.data';

export interface CurriculumSeedResult {
  /** `created`: this run wrote the program; `unchanged`: a program with the slug was already there. */
  readonly status: 'created' | 'unchanged';
  readonly programId: string;
  readonly slug: string;
  readonly title: string;
  readonly modules: number;
  readonly lessons: number;
  readonly cohorts: number;
  /** Tags the program uses (created now or reused by name). */
  readonly tags: readonly string[];
}

/**
 * Writes the ProDev Backend Engineering program (modules, lessons, tags,
 * prerequisites and an open cohort) in one transaction. Idempotent by slug: a
 * program that already exists is left exactly as it is, edits included.
 *
 * On start-up it seeds only a database without any program, and only where
 * demo accounts are seeded (SEED_DEMO_USERS: by default the embedded
 * development database), so real installs get it from `npm run seed` alone.
 */
@Injectable()
export class CurriculumSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('CurriculumSeed');

  constructor(
    private readonly config: AppConfig,
    private readonly em: EntityManager,
    // Read by @CreateRequestContext to fork a context for this start-up work.
    private readonly orm: MikroORM,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemoUsers) await this.seedEmptyCatalog();
  }

  /** Creates `program` unless its slug exists. `now` is the seed date the cohort is planned from. */
  async seed(program: SeedProgram = PRODEV_PROGRAM, now: Date = new Date()): Promise<CurriculumSeedResult> {
    try {
      const created = await this.em.fork().transactional(async (em) => {
        const existing = await em.findOne(Program, { slug: program.slug }, { fields: ['id'] });
        return existing === null ? this.write(em, program, now) : null;
      });
      return await this.describe(created === null ? 'unchanged' : 'created', program.slug);
    } catch (error) {
      // Another seed run committed the same slug between our check and our insert.
      if (error instanceof UniqueConstraintViolationException && (await this.exists(program.slug))) {
        return this.describe('unchanged', program.slug);
      }
      throw error;
    }
  }

  @CreateRequestContext()
  private async seedEmptyCatalog(): Promise<void> {
    if ((await this.orm.em.count(Program, {})) > 0) return;
    const result = await this.seed();
    this.logger.log(
      `Seeded the ${result.title} program (${result.slug}): ${result.modules} modules, ` +
        `${result.lessons} lessons, ${result.cohorts} cohort`,
    );
  }

  private async write(em: EntityManager, data: SeedProgram, now: Date): Promise<Program> {
    const tags = await this.upsertTags(em, [...new Set(data.modules.flatMap((m) => m.lessons.flatMap((l) => l.tags)))]);
    const program = new Program(data.slug, data.title, data.summary, data.level);
    program.published = data.published;
    em.persist(program);

    const lessons = new Map<string, Lesson>();
    data.modules.forEach((moduleData, moduleIndex) => {
      const module = new ProgramModule(program, moduleData.title, moduleData.summary, moduleIndex + 1);
      em.persist(module);
      moduleData.lessons.forEach((lessonData, lessonIndex) => {
        const lesson = new Lesson(
          module,
          lessonData.title,
          lessonData.content,
          lessonData.estimatedMinutes,
          lessonIndex + 1,
        );
        for (const name of lessonData.tags) lesson.tags.add(required(tags, name, 'tag'));
        for (const key of lessonData.prerequisites) lesson.prerequisites.add(required(lessons, key, 'lesson'));
        lessons.set(lessonData.key, lesson);
        em.persist(lesson);
      });
    });

    const cohort = plannedCohort(data.cohort, now);
    em.persist(new Cohort(program, cohort.name, cohort.startsAt, cohort.endsAt, cohort.capacity));
    await em.flush();
    return program;
  }

  /** Inserts the tags that do not exist yet (by name, race-free) and returns every one of them. */
  private async upsertTags(em: EntityManager, names: readonly string[]): Promise<Map<string, Tag>> {
    const now = new Date();
    await em
      .createQueryBuilder(Tag)
      .insert(names.map((name) => ({ id: randomUUID(), name, createdAt: now, updatedAt: now })))
      .onConflict('name')
      .ignore()
      .execute();
    const tags = await em.find(Tag, { name: { $in: [...names] } });
    return new Map(tags.map((tag) => [tag.name, tag]));
  }

  private async exists(slug: string): Promise<boolean> {
    return (await this.em.fork().count(Program, { slug })) > 0;
  }

  private async describe(status: CurriculumSeedResult['status'], slug: string): Promise<CurriculumSeedResult> {
    const em = this.em.fork();
    const program = await em.findOneOrFail(Program, { slug }, { populate: ['modules'] });
    const lessons = await em.count(Lesson, { module: { program } });
    const cohorts = await em.count(Cohort, { program });
    const tags = await em.find(Tag, { id: { $in: await this.tagIdsOf(em, program.id) } }, { orderBy: { name: 'asc' } });
    return {
      status,
      programId: program.id,
      slug: program.slug,
      title: program.title,
      modules: program.modules.length,
      lessons,
      cohorts,
      tags: tags.map((tag) => tag.name),
    };
  }

  private async tagIdsOf(em: EntityManager, programId: string): Promise<string[]> {
    const rows = await em
      .getConnection()
      .execute<Array<{ tag_id: string }>>(
        'select distinct lt.tag_id from lesson_tags lt join lessons l on l.id = lt.lesson_id ' +
          'join modules m on m.id = l.module_id where m.program_id = ?',
        [programId],
      );
    return rows.map((row) => row.tag_id);
  }
}

function required<T>(items: ReadonlyMap<string, T>, key: string, kind: string): T {
  const item = items.get(key);
  // The data spec keeps this from happening; a typo must not seed a half-linked program.
  if (item === undefined) throw new Error(`Seed data refers to an unknown or later ${kind} "${key}"`);
  return item;
}
