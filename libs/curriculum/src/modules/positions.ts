/** Something kept in a 1-based, gap-free order. */
export interface Positioned {
  position: number;
}

/** Where an item asked for `position` lands in a list of `length` items (clamped to the ends). */
export function clampPosition(position: number | undefined, length: number): number {
  if (position === undefined) return length + 1;
  return Math.min(Math.max(position, 1), length + 1);
}

/** Moves `item` to 1-based `position` within `items` (inserting it when absent) and renumbers 1..n. */
export function placeAt<T extends Positioned>(items: readonly T[], item: T, position: number | undefined): T[] {
  const others = items.filter((other) => other !== item);
  const index = clampPosition(position, others.length) - 1;
  const ordered = [...others.slice(0, index), item, ...others.slice(index)];
  renumber(ordered);
  return ordered;
}

/** Positions 1..n in array order, touching only what changed. */
export function renumber(items: readonly Positioned[]): void {
  items.forEach((item, index) => {
    if (item.position !== index + 1) item.position = index + 1;
  });
}
