import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Lesson } from '../lessons/lesson.entity';

@Entity({ tableName: 'lesson_completions' })
@Unique({ properties: ['learner', 'lesson'] })
export class LessonCompletion extends BaseEntity<'completedAt'> {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  learner!: Rel<User>;

  @ManyToOne(() => Lesson, { deleteRule: 'cascade', index: true })
  lesson!: Rel<Lesson>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  completedAt: Date = new Date();

  constructor(learner: Rel<User>, lesson: Rel<Lesson>) {
    super();
    this.learner = learner;
    this.lesson = lesson;
  }
}
