import { closesCycle, type PrerequisiteEdge } from './prerequisite-graph';

const edge = (lessonId: string, prerequisiteId: string): PrerequisiteEdge => ({ lessonId, prerequisiteId });

describe('closesCycle', () => {
  // c needs b, b needs a.
  const chain = [edge('c', 'b'), edge('b', 'a')];

  it('accepts prerequisites that keep the graph acyclic', () => {
    expect(closesCycle(chain, 'd', ['c', 'a'])).toBe(false);
    expect(closesCycle(chain, 'a', [])).toBe(false);
  });

  it('refuses a lesson as its own prerequisite', () => {
    expect(closesCycle([], 'a', ['a'])).toBe(true);
  });

  it('refuses an edge that closes a longer cycle', () => {
    expect(closesCycle(chain, 'a', ['c'])).toBe(true);
  });

  it('judges the lesson’s new prerequisites, not the ones they replace', () => {
    // b needs a today; replacing that with nothing lets a need b.
    expect(closesCycle([edge('b', 'a')], 'b', [])).toBe(false);
    expect(closesCycle([edge('a', 'b')], 'b', ['c'])).toBe(false);
  });

  it('terminates on diamonds and reports cycles behind them', () => {
    const diamond = [edge('d', 'b'), edge('d', 'c'), edge('b', 'a'), edge('c', 'a')];

    expect(closesCycle(diamond, 'e', ['d'])).toBe(false);
    expect(closesCycle(diamond, 'a', ['d'])).toBe(true);
  });
});
