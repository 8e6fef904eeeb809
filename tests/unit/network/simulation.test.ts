import { createLayout } from '../../../src/network/simulation';

describe('the layout by level', () => {
  /** Two parents on the top row, each with two children below, given in a crossed order. */
  const nodes = [
    { id: 'p1', radius: 4, band: 0 },
    { id: 'p2', radius: 4, band: 0 },
    { id: 'c2a', radius: 4, band: 120 },
    { id: 'c1a', radius: 4, band: 120 },
    { id: 'c2b', radius: 4, band: 120 },
    { id: 'c1b', radius: 4, band: 120 },
  ];
  const links = [
    { source: 'p1', target: 'c1a' },
    { source: 'p1', target: 'c1b' },
    { source: 'p2', target: 'c2a' },
    { source: 'p2', target: 'c2b' },
  ];

  it('puts each node on its row, apart from the others, its children under it', () => {
    const layout = createLayout(nodes, links);
    // Laid out at once: nothing left to move.
    expect(layout.step(1)).toBe(false);
    const positions = layout.positions();
    const at = (id: string) => {
      const index = nodes.findIndex((node) => node.id === id);
      return { x: positions[index * 2] ?? 0, y: positions[index * 2 + 1] ?? 0 };
    };
    for (const node of nodes) expect(at(node.id).y).toBe(node.band);
    const children = nodes.filter((node) => node.band === 120).map((node) => at(node.id).x);
    expect(new Set(children).size).toBe(children.length);
    expect(at('p1').x).not.toBe(at('p2').x);
    // Each parent's children are on its side: no two edges cross.
    const side = (id: string) => Math.sign(at(id).x - (at('p1').x + at('p2').x) / 2);
    expect(side('c1a')).toBe(side('p1'));
    expect(side('c1b')).toBe(side('p1'));
    expect(side('c2a')).toBe(side('p2'));
  });

  it('keeps a dropped node where it was dropped', () => {
    const layout = createLayout(nodes, links);
    layout.pin('p1', 500, 30);
    layout.release('p1');
    layout.reheat(1);
    while (layout.step(5));
    expect([layout.positions()[0], layout.positions()[1]]).toEqual([500, 30]);
    expect(layout.positions()[5]).toBe(120);
  });
});
