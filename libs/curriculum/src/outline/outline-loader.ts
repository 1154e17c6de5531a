import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Program } from '../programs/program.entity';
import type { OutlineView } from './outline.view';

interface PrerequisiteRow {
  lesson_id: string;
  prerequisite_id: string;
}

interface TagRow {
  lesson_id: string;
  name: string;
}

/** A loaded outline and the flag that decides who may see it. */
export interface LoadedOutline {
  readonly outline: OutlineView;
  readonly published: boolean;
}

function groupBy<Row>(rows: Row[], key: (row: Row) => string, value: (row: Row) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(value(row));
    groups.set(key(row), list);
  }
  return groups;
}

/**
 * Reads a program's tree in three queries whatever its size: the program
 * with its modules and lessons (one joined select, lesson content left out),
 * then the prerequisite edges and the tags of all its lessons.
 */
@Injectable()
export class OutlineLoader {
  constructor(private readonly em: EntityManager) {}

  async idOfSlug(slug: string): Promise<string | undefined> {
    const program = await this.em.fork().findOne(Program, { slug }, { fields: ['id'] });
    return program?.id;
  }

  async load(programId: string): Promise<LoadedOutline | undefined> {
    const em = this.em.fork();
    const program = await em.findOne(
      Program,
      { id: programId },
      {
        populate: ['modules', 'modules.lessons'],
        orderBy: { modules: { position: 'asc', lessons: { position: 'asc' } } },
      },
    );
    if (program === null) return undefined;
    const [edges, tags] = await Promise.all([
      em.getConnection().execute<PrerequisiteRow[]>(
        `select lp.lesson_id, lp.prerequisite_id
           from lesson_prerequisites lp
           join lessons l on l.id = lp.lesson_id
           join modules m on m.id = l.module_id
          where m.program_id = ?
          order by lp.prerequisite_id`,
        [program.id],
      ),
      em.getConnection().execute<TagRow[]>(
        `select lt.lesson_id, t.name
           from lesson_tags lt
           join tags t on t.id = lt.tag_id
           join lessons l on l.id = lt.lesson_id
           join modules m on m.id = l.module_id
          where m.program_id = ?
          order by t.name`,
        [program.id],
      ),
    ]);
    const prerequisitesOf = groupBy(
      edges,
      (row) => row.lesson_id,
      (row) => row.prerequisite_id,
    );
    const tagsOf = groupBy(
      tags,
      (row) => row.lesson_id,
      (row) => row.name,
    );
    return {
      published: program.published,
      outline: {
        id: program.id,
        slug: program.slug,
        title: program.title,
        level: program.level,
        modules: program.modules.getItems().map((module) => ({
          id: module.id,
          title: module.title,
          position: module.position,
          lessons: module.lessons.getItems().map((lesson) => ({
            id: lesson.id,
            title: lesson.title,
            position: lesson.position,
            estimatedMinutes: lesson.estimatedMinutes,
            prerequisiteLessonIds: prerequisitesOf.get(lesson.id) ?? [],
            tags: tagsOf.get(lesson.id) ?? [],
          })),
        })),
      },
    };
  }
}
