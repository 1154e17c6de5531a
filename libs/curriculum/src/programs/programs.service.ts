import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { pageWindow, toOrderBy, toPage, type Page, type PageRequest } from '@prodev/core';
import { Enrollment } from '../enrollments/enrollment.entity';
import { OutlineCache } from '../outline/outline-cache.service';
import { definedOnly } from './defined-only';
import { seesDrafts, type Caller } from './caller';
import { ProgramHasEnrollmentsError, ProgramNotFoundError, ProgramSlugTakenError } from './program.errors';
import { Program } from './program.entity';
import type { ProgramLevel } from './program-level';
import { programWhere } from './program-lookup';
import { toProgramView, type ProgramView } from './program.view';

export interface ListProgramsQuery extends PageRequest {
  /** Matches title or summary, case-insensitively. */
  readonly q?: string;
  readonly level?: ProgramLevel;
  /** Admins only; others always see published programs. */
  readonly published?: boolean;
}

export interface CreateProgramInput {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly level: ProgramLevel;
  readonly published?: boolean;
}

export type UpdateProgramInput = Partial<CreateProgramInput & { archived: boolean }>;

export const PROGRAM_SORT_FIELDS = ['title', 'createdAt', 'level'] as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Everyone else sees the published, unarchived catalog; admins everything, optionally filtered by `published`. */
function catalogVisibleTo(caller: Caller, published: boolean | undefined): { published?: boolean; archived?: boolean } {
  if (!seesDrafts(caller)) return { published: true, archived: false };
  return published === undefined ? {} : { published };
}

/** The catalog: everyone reads published programs, admins manage them all. */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outlines: OutlineCache,
  ) {}

  async list(query: ListProgramsQuery, caller: Caller): Promise<Page<ProgramView>> {
    const search = query.q?.trim();
    const where: FilterQuery<Program> = {
      ...catalogVisibleTo(caller, query.published),
      ...(query.level !== undefined ? { level: query.level } : {}),
      ...(search
        ? {
            $or: [{ title: { $ilike: `%${escapeLike(search)}%` } }, { summary: { $ilike: `%${escapeLike(search)}%` } }],
          }
        : {}),
    };
    const [programs, total] = await this.em.findAndCount(Program, where, {
      orderBy: toOrderBy(query.sort, PROGRAM_SORT_FIELDS, { createdAt: 'desc' }),
      ...pageWindow(query),
    });
    return toPage(programs.map(toProgramView), total, query);
  }

  async get(idOrSlug: string, caller: Caller): Promise<ProgramView> {
    return toProgramView(await this.findVisible(idOrSlug, caller));
  }

  async create(input: CreateProgramInput): Promise<ProgramView> {
    if ((await this.em.count(Program, { slug: input.slug })) > 0) throw new ProgramSlugTakenError(input.slug);
    const program = new Program(input.slug, input.title, input.summary, input.level);
    program.published = input.published ?? false;
    await this.flushUnique(program, input.slug);
    return toProgramView(program);
  }

  async update(idOrSlug: string, input: UpdateProgramInput): Promise<ProgramView> {
    const program = await this.em.findOne(Program, programWhere(idOrSlug));
    if (program === null) throw new ProgramNotFoundError(idOrSlug);
    const oldSlug = program.slug;
    if (input.slug !== undefined && input.slug !== oldSlug) {
      if ((await this.em.count(Program, { slug: input.slug })) > 0) throw new ProgramSlugTakenError(input.slug);
    }
    this.em.assign(program, definedOnly(input));
    await this.flushUnique(program, program.slug);
    await this.outlines.invalidate(program.id, oldSlug);
    return toProgramView(program);
  }

  /** Deletes with its modules, lessons and cohorts (database cascades); refused once anyone enrolled. */
  async delete(idOrSlug: string): Promise<void> {
    const { id, slug } = await this.em.transactional(async (em) => {
      const program = await em.findOne(Program, programWhere(idOrSlug), { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (program === null) throw new ProgramNotFoundError(idOrSlug);
      if ((await em.count(Enrollment, { cohort: { program: program.id } })) > 0) {
        throw new ProgramHasEnrollmentsError();
      }
      await em.nativeDelete(Program, { id: program.id });
      return { id: program.id, slug: program.slug };
    });
    await this.outlines.invalidate(id, slug);
  }

  /** A program the caller may see: drafts answer 404 to all but admins, so their existence does not leak. */
  async findVisible(idOrSlug: string, caller: Caller): Promise<Program> {
    const program = await this.em.findOne(Program, programWhere(idOrSlug));
    if (program === null || (!program.published && !seesDrafts(caller))) throw new ProgramNotFoundError(idOrSlug);
    return program;
  }

  private async flushUnique(program: Program, slug: string): Promise<void> {
    try {
      await this.em.persistAndFlush(program);
    } catch (error) {
      // Two requests raced for one slug: the unique constraint decides.
      if (error instanceof UniqueConstraintViolationException) throw new ProgramSlugTakenError(slug);
      throw error;
    }
  }
}
