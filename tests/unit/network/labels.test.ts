import fc from 'fast-check';
import {
  type Box,
  estimateTextWidth,
  type LabelCandidate,
  pickLabels,
  shortLabel,
} from '../../../src/network/labels';

const ids = (chosen: { id: string }[]) => chosen.map((label) => label.id);

function overlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

describe('network labels', () => {
  it('keeps labels from overlapping, the highest priority first, moving one aside if it must', () => {
    const chosen = pickLabels(
      [
        { id: 'big', text: 'A long label', x: 0, y: 0, r: 5, priority: 10 },
        { id: 'near', text: 'Overlapping', x: 0, y: 12, r: 2, priority: 5 },
        { id: 'far', text: 'Far away', x: 0, y: 100, r: 2, priority: 1 },
      ],
      { max: 10 },
    );
    expect(ids(chosen)).toEqual(['big', 'near', 'far']);
    // "near" could not go right of its node, over "big": it went elsewhere.
    expect(chosen[1]?.placement.align).not.toBe('start');
  });

  it('stops at the maximum', () => {
    const candidates = [0, 1, 2].map((row) => ({
      id: `n${row}`,
      text: 'x',
      x: 0,
      y: row * 50,
      r: 2,
      priority: row,
    }));
    expect(ids(pickLabels(candidates, { max: 2 }))).toEqual(['n2', 'n1']);
  });

  it('writes no label over another node or an obstacle', () => {
    const chosen = pickLabels(
      [
        { id: 'a', text: 'Alpha', x: 100, y: 100, r: 4, priority: 2 },
        // A node right beside "a", where its label would go, and one on each other side.
        { id: 'b', text: 'B', x: 112, y: 100, r: 4, priority: 1 },
        { id: 'c', text: 'C', x: 88, y: 100, r: 4, priority: 1 },
      ],
      { max: 10, obstacles: [[80, 104, 120, 130]] },
    );
    const alpha = chosen.find((label) => label.id === 'a');
    // Right and left are taken by nodes, below by the obstacle: above is left.
    expect(alpha?.placement).toMatchObject({ align: 'middle' });
    expect(alpha?.placement.dy).toBeLessThan(0);
  });

  it('never lets two labels, a label and a node, or a label and an obstacle overlap', () => {
    const candidate = fc.record({
      text: fc.string({ minLength: 1, maxLength: 30 }),
      x: fc.integer({ min: 0, max: 600 }),
      y: fc.integer({ min: 0, max: 400 }),
      r: fc.integer({ min: 2, max: 20 }),
      priority: fc.nat(),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(600), fc.nat(400), fc.nat(200), fc.nat(200)), { maxLength: 2 }),
        (raw, rects) => {
          const candidates: LabelCandidate[] = raw.map((item, at) => ({ ...item, id: String(at) }));
          const obstacles: Box[] = rects.map(([x, y, w, h]) => [x, y, x + w, y + h]);
          const chosen = pickLabels(candidates, { max: 40, obstacles });
          chosen.forEach((label, at) => {
            for (const other of chosen.slice(at + 1))
              expect(overlap(label.box, other.box)).toBe(false);
            for (const obstacle of obstacles) expect(overlap(label.box, obstacle)).toBe(false);
            for (const node of candidates) {
              if (node.id === label.id) continue;
              const disc: Box = [
                node.x - node.r,
                node.y - node.r,
                node.x + node.r,
                node.y + node.r,
              ];
              expect(overlap(label.box, disc)).toBe(false);
            }
          });
        },
      ),
    );
  });

  it('estimates capitals and wide letters wider than narrow ones', () => {
    expect(estimateTextWidth('WWW')).toBeGreaterThan(estimateTextWidth('iii') * 2);
    expect(estimateTextWidth('CPAS')).toBeGreaterThan(estimateTextWidth('cpas'));
  });

  it('shortens long names with an ellipsis', () => {
    expect(shortLabel('Short')).toBe('Short');
    const long = shortLabel('A'.repeat(50));
    expect(long).toHaveLength(36);
    expect(long.endsWith('…')).toBe(true);
  });
});
