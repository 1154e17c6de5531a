import { Collection, Entity, Enum, Index, OneToMany, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';
import { ProgramModule } from '../modules/program-module.entity';
import { ProgramLevel } from './program-level';

@Entity({ tableName: 'programs' })
@Index({ properties: ['published', 'createdAt'] })
@Index({ properties: ['level'] })
@Index({ properties: ['title'] })
export class Program extends BaseEntity<'published' | 'archived'> {
  @Property({ type: 'string', length: 100 })
  @Unique()
  slug!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Enum({ items: () => ProgramLevel, nativeEnumName: 'program_level' })
  level!: ProgramLevel;

  @Property({ type: 'boolean' })
  published: boolean = false;

  /** Hidden from the catalog but kept with its history (DELETE is refused once learners enrolled). */
  @Property({ type: 'boolean' })
  archived: boolean = false;

  @OneToMany(() => ProgramModule, (module) => module.program, { orderBy: { position: 'asc' } })
  modules = new Collection<ProgramModule>(this);

  constructor(slug: string, title: string, summary: string, level: ProgramLevel) {
    super();
    this.slug = slug;
    this.title = title;
    this.summary = summary;
    this.level = level;
  }
}
