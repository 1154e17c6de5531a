/** The fields a partial update actually sets (DTO instances may carry declared-but-absent keys as undefined). */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
