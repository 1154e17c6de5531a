import type { Program } from './program.entity';
import type { ProgramLevel } from './program-level';

export interface ProgramView {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly level: ProgramLevel;
  readonly published: boolean;
  readonly archived: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export function toProgramView(program: Program): ProgramView {
  return {
    id: program.id,
    slug: program.slug,
    title: program.title,
    summary: program.summary,
    level: program.level,
    published: program.published,
    archived: program.archived,
    createdAt: program.createdAt,
    updatedAt: program.updatedAt,
  };
}
