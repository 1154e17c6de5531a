import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Question } from '../questions/question.entity';

/** The attempt's questions in its stored order; ones deleted since the start are skipped. */
export async function loadAttemptQuestions(em: EntityManager, questionOrder: readonly string[]): Promise<Question[]> {
  if (questionOrder.length === 0) return [];
  const found = await em.find(Question, { id: { $in: [...questionOrder] } });
  const byId = new Map(found.map((question) => [question.id, question]));
  return questionOrder.flatMap((id) => byId.get(id) ?? []);
}

/** Fisher–Yates with a CSPRNG: learners sitting side by side should not be able to predict each other's order. */
export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
