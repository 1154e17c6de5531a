import { Collection, Entity, Index, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';
import { ProgramModule } from '../modules/program-module.entity';
import { Tag } from './tag.entity';

@Entity({ tableName: 'lessons' })
@Index({ properties: ['module', 'position'] })
@Index({ properties: ['title'] })
export class Lesson extends BaseEntity {
  @ManyToOne(() => ProgramModule, { deleteRule: 'cascade' })
  module!: Rel<ProgramModule>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** Markdown. Loaded only for the full lesson, never for lists and outlines. */
  @Property({ type: 'text', lazy: true })
  content!: string;

  @Property({ type: 'integer' })
  estimatedMinutes!: number;

  @Property({ type: 'integer' })
  position!: number;

  @ManyToMany({ entity: () => Tag, pivotTable: 'lesson_tags', joinColumn: 'lesson_id', inverseJoinColumn: 'tag_id' })
  tags = new Collection<Tag>(this);

  /** Lessons to complete first; the graph is kept acyclic by the lessons service. */
  @ManyToMany({
    entity: () => Lesson,
    pivotTable: 'lesson_prerequisites',
    joinColumn: 'lesson_id',
    inverseJoinColumn: 'prerequisite_id',
  })
  prerequisites = new Collection<Lesson>(this);

  constructor(module: Rel<ProgramModule>, title: string, content: string, estimatedMinutes: number, position: number) {
    super();
    this.module = module;
    this.title = title;
    this.content = content;
    this.estimatedMinutes = estimatedMinutes;
    this.position = position;
  }
}
