import { NO_POINTS, type GradableQuestion, type QuestionScore } from './answer-key';

/** Case, surrounding and repeated whitespace do not make an answer wrong. */
export function normaliseAnswer(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function matchesPattern(pattern: string, answer: string): boolean {
  try {
    // Anchored: the pattern describes the whole answer, not a fragment of it.
    return new RegExp(`^(?:${pattern})$`, 'i').test(answer);
  } catch {
    // Patterns are checked when saved; a bad one left in the data grades as no match rather than failing the job.
    return false;
  }
}

export function gradeShortAnswer(question: GradableQuestion, text: string | undefined): QuestionScore {
  if (text === undefined) return NO_POINTS;
  const answer = normaliseAnswer(text);
  if (answer === '') return NO_POINTS;
  const accepted = question.acceptedAnswers.some((candidate) => normaliseAnswer(candidate) === answer);
  const matched = accepted || (question.answerPattern !== null && matchesPattern(question.answerPattern, answer));
  return matched ? { points: question.points, correct: true } : NO_POINTS;
}
