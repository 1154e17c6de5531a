/** One row of lesson_prerequisites: `lessonId` needs `prerequisiteId` first. */
export interface PrerequisiteEdge {
  readonly lessonId: string;
  readonly prerequisiteId: string;
}

/**
 * Whether giving `lessonId` exactly `prerequisiteIds` (replacing its current
 * ones) would close a cycle: true when the lesson is reachable from one of
 * them by following the program's other edges (or is one of them).
 */
export function closesCycle(
  edges: readonly PrerequisiteEdge[],
  lessonId: string,
  prerequisiteIds: readonly string[],
): boolean {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.lessonId === lessonId) continue;
    next.set(edge.lessonId, [...(next.get(edge.lessonId) ?? []), edge.prerequisiteId]);
  }
  const seen = new Set<string>();
  const stack = [...prerequisiteIds];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (current === lessonId) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(next.get(current) ?? []));
  }
  return false;
}
