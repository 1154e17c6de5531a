import type { FieldProblem } from '@prodev/core';
import { QuestionType } from '../quiz-enums';
import type { QuestionOption } from './question-option';

/** A question's key as authored, before or after a partial update. */
export interface QuestionDefinition {
  readonly type: QuestionType;
  readonly options: readonly Pick<QuestionOption, 'text' | 'correct'>[];
  readonly acceptedAnswers: readonly string[];
  readonly answerPattern: string | null;
  readonly correctValue: number | null;
}

function choiceProblems(definition: QuestionDefinition): FieldProblem[] {
  const { type, options } = definition;
  const right = options.filter((option) => option.correct).length;
  const problems: FieldProblem[] = [];
  if (type === QuestionType.TrueFalse && options.length !== 2) {
    problems.push({ field: 'options', message: 'a true/false question has exactly two options' });
  } else if (options.length < 2) {
    problems.push({ field: 'options', message: 'a choice question needs at least two options' });
  }
  if (type === QuestionType.MultipleChoice ? right === 0 : right !== 1) {
    problems.push({
      field: 'options',
      message:
        type === QuestionType.MultipleChoice ? 'mark at least one option correct' : 'mark exactly one option correct',
    });
  }
  return problems;
}

function patternProblems(pattern: string): FieldProblem[] {
  try {
    new RegExp(pattern, 'i');
    return [];
  } catch {
    return [{ field: 'answerPattern', message: 'must be a valid regular expression' }];
  }
}

/** What is wrong with a key for its type; empty when it can be graded. */
export function questionDefinitionProblems(definition: QuestionDefinition): FieldProblem[] {
  switch (definition.type) {
    case QuestionType.SingleChoice:
    case QuestionType.MultipleChoice:
    case QuestionType.TrueFalse:
      return choiceProblems(definition);
    case QuestionType.ShortAnswer: {
      const problems = definition.answerPattern === null ? [] : patternProblems(definition.answerPattern);
      if (definition.acceptedAnswers.every((answer) => answer.trim() === '') && definition.answerPattern === null) {
        problems.push({ field: 'acceptedAnswers', message: 'give at least one accepted answer or an answerPattern' });
      }
      return problems;
    }
    case QuestionType.Numeric:
      return definition.correctValue === null
        ? [{ field: 'correctValue', message: 'a numeric question needs its correct value' }]
        : [];
  }
}
