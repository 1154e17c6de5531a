import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';
import { Quiz } from '../quiz.entity';
import { MultipleChoiceScoring, QuestionType } from '../quiz-enums';
import type { QuestionOption } from './question-option';

/** A quiz question with its answer key; the key never leaves the authors' views. */
@Entity({ tableName: 'questions' })
@Index({ properties: ['quiz', 'position'] })
export class Question extends BaseEntity<
  'options' | 'multipleChoiceScoring' | 'acceptedAnswers' | 'answerPattern' | 'correctValue' | 'tolerance'
> {
  @ManyToOne(() => Quiz, { deleteRule: 'cascade' })
  quiz!: Rel<Quiz>;

  @Enum({ items: () => QuestionType, nativeEnumName: 'question_type' })
  type!: QuestionType;

  @Property({ type: 'text' })
  prompt!: string;

  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number' })
  points!: number;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'jsonb' })
  options: QuestionOption[] = [];

  @Enum({ items: () => MultipleChoiceScoring, nativeEnumName: 'multiple_choice_scoring' })
  multipleChoiceScoring: MultipleChoiceScoring = MultipleChoiceScoring.AllOrNothing;

  @Property({ type: 'text[]' })
  acceptedAnswers: string[] = [];

  /** A regular expression a short answer may match instead (whole answer, case-insensitive). */
  @Property({ type: 'text', nullable: true })
  answerPattern: string | null = null;

  @Property({ type: 'double', nullable: true })
  correctValue: number | null = null;

  @Property({ type: 'double', nullable: true })
  tolerance: number | null = null;

  constructor(init: { quiz: Rel<Quiz>; type: QuestionType; prompt: string; points: number; position: number }) {
    super();
    this.quiz = init.quiz;
    this.type = init.type;
    this.prompt = init.prompt;
    this.points = init.points;
    this.position = init.position;
  }
}
