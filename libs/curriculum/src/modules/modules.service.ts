import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { OutlineCache } from '../outline/outline-cache.service';
import { definedOnly } from '../programs/defined-only';
import { ProgramNotFoundError } from '../programs/program.errors';
import { Program } from '../programs/program.entity';
import { programWhere } from '../programs/program-lookup';
import { ModuleNotFoundError, ModuleOrderMismatchError } from './module.errors';
import { ProgramModule } from './program-module.entity';
import { toProgramModuleView, type ProgramModuleView } from './program-module.view';
import { placeAt, renumber } from './positions';

export interface CreateModuleInput {
  readonly title: string;
  readonly summary: string;
  /** 1-based; at the end when absent; later modules move down one. */
  readonly position?: number;
}

export type UpdateModuleInput = Partial<CreateModuleInput>;

/**
 * A program's modules, kept in a gap-free 1..n order. Each change locks the
 * program row, so concurrent edits of one program's order run one at a time.
 */
@Injectable()
export class ModulesService {
  constructor(
    private readonly em: EntityManager,
    private readonly outlines: OutlineCache,
  ) {}

  async create(programIdOrSlug: string, input: CreateModuleInput): Promise<ProgramModuleView> {
    const view = await this.em.transactional(async (em) => {
      const program = await this.lockProgram(em, programWhere(programIdOrSlug), programIdOrSlug);
      const siblings = await this.modulesOf(em, program.id);
      const module = new ProgramModule(program, input.title, input.summary, siblings.length + 1);
      em.persist(module);
      placeAt(siblings, module, input.position);
      await em.flush();
      return toProgramModuleView(module);
    });
    await this.outlines.invalidate(view.programId);
    return view;
  }

  async update(id: string, input: UpdateModuleInput): Promise<ProgramModuleView> {
    const view = await this.em.transactional(async (em) => {
      const module = await this.findLocked(em, id);
      const { position, ...fields } = definedOnly(input);
      em.assign(module, fields);
      if (position !== undefined) placeAt(await this.modulesOf(em, module.program.id), module, position);
      await em.flush();
      return toProgramModuleView(module);
    });
    await this.outlines.invalidate(view.programId);
    return view;
  }

  /** Deletes the module with its lessons (database cascade) and closes the gap it leaves. */
  async delete(id: string): Promise<void> {
    const programId = await this.em.transactional(async (em) => {
      const module = await this.findLocked(em, id);
      const rest = (await this.modulesOf(em, module.program.id)).filter((other) => other !== module);
      await em.nativeDelete(ProgramModule, { id: module.id });
      renumber(rest);
      await em.flush();
      return module.program.id;
    });
    await this.outlines.invalidate(programId);
  }

  /** Puts the program's modules in the given order; the ids must be exactly its modules, once each. */
  async reorder(programIdOrSlug: string, moduleIds: readonly string[]): Promise<ProgramModuleView[]> {
    const { programId, views } = await this.em.transactional(async (em) => {
      const program = await this.lockProgram(em, programWhere(programIdOrSlug), programIdOrSlug);
      const modules = await this.modulesOf(em, program.id);
      const byId = new Map(modules.map((module) => [module.id, module]));
      const ids = moduleIds.map((moduleId) => moduleId.toLowerCase());
      const exact = ids.length === modules.length && new Set(ids).size === ids.length && ids.every((i) => byId.has(i));
      if (!exact) throw new ModuleOrderMismatchError();
      const ordered = ids.flatMap((moduleId) => byId.get(moduleId) ?? []);
      renumber(ordered);
      await em.flush();
      return { programId: program.id, views: ordered.map(toProgramModuleView) };
    });
    await this.outlines.invalidate(programId);
    return views;
  }

  private async findLocked(em: EntityManager, id: string): Promise<ProgramModule> {
    const module = await em.findOne(ProgramModule, { id });
    if (module === null) throw new ModuleNotFoundError(id);
    await this.lockProgram(em, { id: module.program.id }, module.program.id);
    return module;
  }

  private async lockProgram(
    em: EntityManager,
    where: ReturnType<typeof programWhere>,
    asked: string,
  ): Promise<Program> {
    const program = await em.findOne(Program, where, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (program === null) throw new ProgramNotFoundError(asked);
    return program;
  }

  private modulesOf(em: EntityManager, programId: string): Promise<ProgramModule[]> {
    return em.find(ProgramModule, { program: programId }, { orderBy: { position: 'asc', createdAt: 'asc' } });
  }
}
