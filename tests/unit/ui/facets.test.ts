import { type Facets, keepEqualCounts } from '../../../src/ui/filters/facets';

function facets(categories: [string, number][], statuses: [string, number][] = []): Facets {
  return {
    categories: new Map(categories),
    orgTypes: new Map(),
    statuses: new Map(statuses),
    languages: new Map(),
    provinces: new Map(),
    arrondissements: new Map(),
    communes: new Map(),
  };
}

describe('keepEqualCounts', () => {
  it('keeps the previous counts when nothing moved, and each unchanged group when one did', () => {
    const first = facets([['housing', 2]], [['active', 2]]);
    expect(keepEqualCounts(null, first)).toBe(first);
    // A rename: same counts, new Maps; the previous facets come back as they were.
    expect(keepEqualCounts(first, facets([['housing', 2]], [['active', 2]]))).toBe(first);
    // A category changed: a new categories Map, the same statuses Map.
    const moved = keepEqualCounts(first, facets([['language', 2]], [['active', 2]]));
    expect(moved).not.toBe(first);
    expect(moved.statuses).toBe(first.statuses);
    expect([...moved.categories]).toEqual([['language', 2]]);
    // A count that went up is a change, and so is a value that appeared.
    expect(keepEqualCounts(first, facets([['housing', 3]], [['active', 3]])).categories).not.toBe(
      first.categories,
    );
    expect(
      keepEqualCounts(
        first,
        facets(
          [
            ['housing', 2],
            ['legal', 1],
          ],
          [['active', 2]],
        ),
      ).categories,
    ).not.toBe(first.categories);
  });
});
