import { clampPosition, placeAt, renumber, type Positioned } from './positions';

const items = (...positions: number[]): Positioned[] => positions.map((position) => ({ position }));

describe('positions', () => {
  it('clamps a wanted position to 1..length+1, the end when absent', () => {
    expect(clampPosition(undefined, 3)).toBe(4);
    expect(clampPosition(0, 3)).toBe(1);
    expect(clampPosition(2, 3)).toBe(2);
    expect(clampPosition(99, 3)).toBe(4);
  });

  it('inserts a new item, moving later ones down', () => {
    const [a, b, c] = items(1, 2, 3) as [Positioned, Positioned, Positioned];
    const added: Positioned = { position: 0 };

    const ordered = placeAt([a, b, c], added, 2);

    expect(ordered).toEqual([a, added, b, c]);
    expect(ordered.map((item) => item.position)).toEqual([1, 2, 3, 4]);
  });

  it('moves an existing item up or down', () => {
    const list = items(1, 2, 3);
    const [a, b, c] = list as [Positioned, Positioned, Positioned];

    expect(placeAt(list, a, 3)).toEqual([b, c, a]);
    expect([a.position, b.position, c.position]).toEqual([3, 1, 2]);
  });

  it('renumbers 1..n after a removal', () => {
    const list = items(1, 3, 4);

    renumber(list);

    expect(list.map((item) => item.position)).toEqual([1, 2, 3]);
  });
});
