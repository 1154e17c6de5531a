import { QuestionType } from '../quiz-enums';
import { questionDefinitionProblems, type QuestionDefinition } from './question-definition';

const base: QuestionDefinition = {
  type: QuestionType.SingleChoice,
  options: [],
  acceptedAnswers: [],
  answerPattern: null,
  correctValue: null,
};
const fields = (definition: Partial<QuestionDefinition>): string[] =>
  questionDefinitionProblems({ ...base, ...definition }).map((problem) => problem.field);

describe('questionDefinitionProblems', () => {
  it('wants two or more options and exactly one right for single choice', () => {
    expect(fields({ options: [{ text: 'a', correct: true }] })).toEqual(['options']);
    expect(
      fields({
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      }),
    ).toEqual(['options']);
    expect(
      fields({
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: false },
        ],
      }),
    ).toEqual([]);
  });

  it('wants at least one right option for multiple choice', () => {
    const type = QuestionType.MultipleChoice;
    expect(
      fields({
        type,
        options: [
          { text: 'a', correct: false },
          { text: 'b', correct: false },
        ],
      }),
    ).toEqual(['options']);
    expect(
      fields({
        type,
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      }),
    ).toEqual([]);
  });

  it('wants exactly two options for true/false', () => {
    const three = [
      { text: 'a', correct: true },
      { text: 'b', correct: false },
      { text: 'c', correct: false },
    ];
    expect(fields({ type: QuestionType.TrueFalse, options: three })).toEqual(['options']);
  });

  it('wants an accepted answer or a valid pattern for short answers', () => {
    const type = QuestionType.ShortAnswer;
    expect(fields({ type })).toEqual(['acceptedAnswers']);
    expect(fields({ type, answerPattern: '(' })).toEqual(['answerPattern']);
    expect(fields({ type, answerPattern: 'a+' })).toEqual([]);
    expect(fields({ type, acceptedAnswers: ['x'] })).toEqual([]);
  });

  it('wants a correct value for numeric questions', () => {
    expect(fields({ type: QuestionType.Numeric })).toEqual(['correctValue']);
    expect(fields({ type: QuestionType.Numeric, correctValue: 0 })).toEqual([]);
  });
});
