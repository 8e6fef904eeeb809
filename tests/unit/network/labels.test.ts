import { pickLabels, shortLabel } from '../../../src/network/labels';

describe('network labels', () => {
  it('keeps labels from overlapping, the highest priority first', () => {
    const chosen = pickLabels(
      [
        { id: 'big', text: 'A long label', x: 0, y: 0, r: 5, priority: 10 },
        { id: 'near', text: 'Overlapping', x: 10, y: 2, r: 2, priority: 5 },
        { id: 'far', text: 'Far away', x: 0, y: 100, r: 2, priority: 1 },
      ],
      10,
    );
    expect(chosen).toEqual(['big', 'far']);
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
    expect(pickLabels(candidates, 2)).toEqual(['n2', 'n1']);
  });

  it('shortens long names with an ellipsis', () => {
    expect(shortLabel('Short')).toBe('Short');
    const long = shortLabel('A'.repeat(50));
    expect(long).toHaveLength(36);
    expect(long.endsWith('…')).toBe(true);
  });
});
