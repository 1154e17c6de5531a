/** Whole percent of `done` out of `total`; 0 for an empty program. */
export function percentOf(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((100 * done) / total);
}
