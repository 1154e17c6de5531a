import type { ProgramModule } from './program-module.entity';

export interface ProgramModuleView {
  readonly id: string;
  readonly programId: string;
  readonly title: string;
  readonly summary: string;
  readonly position: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export function toProgramModuleView(module: ProgramModule): ProgramModuleView {
  return {
    id: module.id,
    programId: module.program.id,
    title: module.title,
    summary: module.summary,
    position: module.position,
    createdAt: module.createdAt,
    updatedAt: module.updatedAt,
  };
}
