import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';
import { Lesson } from '../lessons/lesson.entity';
import { Program } from '../programs/program.entity';

/** A module of a program (named so to stay clear of Nest's modules). */
@Entity({ tableName: 'modules' })
@Index({ properties: ['program', 'position'] })
export class ProgramModule extends BaseEntity {
  @ManyToOne(() => Program, { deleteRule: 'cascade' })
  program!: Rel<Program>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'integer' })
  position!: number;

  @OneToMany(() => Lesson, (lesson) => lesson.module, { orderBy: { position: 'asc' } })
  lessons = new Collection<Lesson>(this);

  // Rel<> in parameters too: SWC emits constructor metadata eagerly, which breaks circular imports.
  constructor(program: Rel<Program>, title: string, summary: string, position: number) {
    super();
    this.program = program;
    this.title = title;
    this.summary = summary;
    this.position = position;
  }
}
