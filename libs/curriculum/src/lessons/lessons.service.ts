import { LockMode, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role } from '@prodev/auth';
import { pageWindow, toOrderBy, toPage, type Page, type PageRequest } from '@prodev/core';
import { Enrollment } from '../enrollments/enrollment.entity';
import { EnrollmentStatus } from '../enrollments/enrollment-status';
import { ModuleNotFoundError } from '../modules/module.errors';
import { placeAt, renumber } from '../modules/positions';
import { ProgramModule } from '../modules/program-module.entity';
import { OutlineCache } from '../outline/outline-cache.service';
import { seesDrafts, type Caller } from '../programs/caller';
import { definedOnly } from '../programs/defined-only';
import { Program } from '../programs/program.entity';
import {
  InvalidPrerequisitesError,
  LessonNotEnrolledError,
  LessonNotFoundError,
  PrerequisiteCycleError,
} from './lesson.errors';
import { Lesson } from './lesson.entity';
import { tagsNamed } from './lesson-tags';
import { toLessonSummaryView, toLessonView, type LessonSummaryView, type LessonView } from './lesson.view';
import { closesCycle, type PrerequisiteEdge } from './prerequisite-graph';

export interface ListLessonsQuery extends PageRequest {
  readonly programId?: string;
  readonly moduleId?: string;
  readonly tag?: string;
  /** Matches the title, case-insensitively. */
  readonly q?: string;
}

export interface CreateLessonInput {
  readonly title: string;
  readonly content: string;
  readonly estimatedMinutes: number;
  readonly tags: readonly string[];
  readonly prerequisiteLessonIds: readonly string[];
  /** 1-based within the module; at the end when absent. */
  readonly position?: number;
}

export type UpdateLessonInput = Partial<CreateLessonInput>;

export const LESSON_SORT_FIELDS = ['title', 'position', 'estimatedMinutes', 'createdAt'] as const;

const SUMMARY_POPULATE = ['module', 'tags', 'prerequisites'] as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Lessons of a module: ordered, tagged, with an acyclic prerequisite graph per program. */
@Injectable()
export class LessonsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outlines: OutlineCache,
  ) {}

  async list(query: ListLessonsQuery, caller: Caller): Promise<Page<LessonSummaryView>> {
    const search = query.q?.trim();
    const program: FilterQuery<Program> = {
      ...(query.programId !== undefined ? { id: query.programId } : {}),
      // Learners and mentors see lessons of published programs only.
      ...(seesDrafts(caller) ? {} : { published: true }),
    };
    const module: FilterQuery<ProgramModule> = {
      ...(query.moduleId !== undefined ? { id: query.moduleId } : {}),
      ...(Object.keys(program).length > 0 ? { program } : {}),
    };
    const where: FilterQuery<Lesson> = {
      ...(Object.keys(module).length > 0 ? { module } : {}),
      ...(query.tag !== undefined ? { tags: { name: query.tag } } : {}),
      ...(search ? { title: { $ilike: `%${escapeLike(search)}%` } } : {}),
    };
    const orderBy: QueryOrderMap<Lesson>[] =
      query.sort !== undefined
        ? [toOrderBy(query.sort, LESSON_SORT_FIELDS, {})]
        : [{ module: { position: 'asc' } }, { position: 'asc' }, { id: 'asc' }];
    const [lessons, total] = await this.em.findAndCount(Lesson, where, {
      populate: SUMMARY_POPULATE,
      orderBy,
      ...pageWindow(query),
    });
    return toPage(lessons.map(toLessonSummaryView), total, query);
  }

  /** The full lesson: admins and mentors, or learners actively enrolled in a cohort of its program. */
  async get(id: string, caller: NonNullable<Caller>): Promise<LessonView> {
    const lesson = await this.em.findOne(Lesson, { id }, { populate: [...SUMMARY_POPULATE, 'content'] });
    if (lesson === null) throw new LessonNotFoundError(id);
    if (caller.role === Role.Learner) {
      const enrollments = await this.em.count(Enrollment, {
        learner: caller.id,
        status: EnrollmentStatus.Active,
        cohort: { program: lesson.module.program.id },
      });
      if (enrollments === 0) throw new LessonNotEnrolledError();
    }
    return toLessonView(lesson);
  }

  async create(moduleId: string, input: CreateLessonInput): Promise<LessonView> {
    const view = await this.em.transactional(async (em) => {
      const module = await em.findOne(ProgramModule, { id: moduleId });
      if (module === null) throw new ModuleNotFoundError(moduleId);
      await this.lockProgram(em, module.program.id);
      const siblings = await em.find(Lesson, { module: module.id }, { orderBy: { position: 'asc', createdAt: 'asc' } });
      const lesson = new Lesson(module, input.title, input.content, input.estimatedMinutes, siblings.length + 1);
      // A new lesson has no dependants yet, so its prerequisites cannot close a cycle.
      lesson.prerequisites.set(await this.prerequisitesIn(em, module.program.id, input.prerequisiteLessonIds));
      lesson.tags.set(await tagsNamed(em, input.tags));
      em.persist(lesson);
      placeAt(siblings, lesson, input.position);
      await em.flush();
      return toLessonView(lesson);
    });
    await this.outlines.invalidate(view.programId);
    return view;
  }

  async update(id: string, input: UpdateLessonInput): Promise<LessonView> {
    const view = await this.em.transactional(async (em) => {
      const lesson = await em.findOne(Lesson, { id }, { populate: [...SUMMARY_POPULATE, 'content'] });
      if (lesson === null) throw new LessonNotFoundError(id);
      const programId = lesson.module.program.id;
      await this.lockProgram(em, programId);
      const { tags, prerequisiteLessonIds, position, ...fields } = definedOnly(input);
      em.assign(lesson, fields);
      if (tags !== undefined) lesson.tags.set(await tagsNamed(em, tags));
      if (prerequisiteLessonIds !== undefined) {
        const prerequisites = await this.prerequisitesIn(em, programId, prerequisiteLessonIds);
        const ids = prerequisites.map((prerequisite) => prerequisite.id);
        if (closesCycle(await this.edgesOf(em, programId), lesson.id, ids)) throw new PrerequisiteCycleError();
        lesson.prerequisites.set(prerequisites);
      }
      if (position !== undefined) {
        const siblings = await em.find(
          Lesson,
          { module: lesson.module.id },
          { orderBy: { position: 'asc', createdAt: 'asc' } },
        );
        placeAt(siblings, lesson, position);
      }
      await em.flush();
      return toLessonView(lesson);
    });
    await this.outlines.invalidate(view.programId);
    return view;
  }

  /** Deletes the lesson (its prerequisite edges and tags go with it) and closes the gap it leaves. */
  async delete(id: string): Promise<void> {
    const programId = await this.em.transactional(async (em) => {
      const lesson = await em.findOne(Lesson, { id }, { populate: ['module'] });
      if (lesson === null) throw new LessonNotFoundError(id);
      await this.lockProgram(em, lesson.module.program.id);
      const rest = await em.find(
        Lesson,
        { module: lesson.module.id, id: { $ne: lesson.id } },
        { orderBy: { position: 'asc', createdAt: 'asc' } },
      );
      await em.nativeDelete(Lesson, { id: lesson.id });
      renumber(rest);
      await em.flush();
      return lesson.module.program.id;
    });
    await this.outlines.invalidate(programId);
  }

  /** Serialises changes to one program's lesson order and prerequisite graph. */
  private async lockProgram(em: EntityManager, programId: string): Promise<void> {
    await em.findOne(Program, { id: programId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  private async prerequisitesIn(em: EntityManager, programId: string, ids: readonly string[]): Promise<Lesson[]> {
    const wanted = [...new Set(ids.map((lessonId) => lessonId.toLowerCase()))];
    if (wanted.length === 0) return [];
    const found = await em.find(Lesson, { id: { $in: wanted }, module: { program: programId } });
    if (found.length !== wanted.length) {
      const known = new Set(found.map((lesson) => lesson.id));
      throw new InvalidPrerequisitesError(wanted.filter((lessonId) => !known.has(lessonId)));
    }
    return found;
  }

  /** Every prerequisite edge among the program's lessons, in one query. */
  private async edgesOf(em: EntityManager, programId: string): Promise<PrerequisiteEdge[]> {
    // em.execute runs inside the transaction (a separate connection would wait for the locked one).
    const rows = await em.execute<{ lesson_id: string; prerequisite_id: string }[]>(
      `select lp.lesson_id, lp.prerequisite_id
         from lesson_prerequisites lp
         join lessons l on l.id = lp.lesson_id
         join modules m on m.id = l.module_id
        where m.program_id = ?`,
      [programId],
    );
    return rows.map((row) => ({ lessonId: row.lesson_id, prerequisiteId: row.prerequisite_id }));
  }
}
