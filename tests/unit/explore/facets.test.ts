import fc from 'fast-check';
import {
  countFacets,
  type Facets,
  keepEqualCounts,
  updateFacets,
} from '../../../src/explore/facets';
import type { SiteRow } from '../../../src/explore/sites';

function facets(categories: [string, number][], statuses: [string, number][] = []): Facets {
  return {
    categories: new Map(categories),
    orgTypes: new Map(),
    statuses: new Map(statuses),
    languages: new Map(),
    provinces: new Map(),
    arrondissements: new Map(),
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

/** A site row with only what the facets read. */
function row(
  id: string,
  values: { category: string; status?: string; languages?: string[]; orgType?: string },
  province = 'WLG',
): SiteRow {
  return {
    id,
    service: {
      category: values.category,
      status: values.status ?? 'active',
      languages: values.languages ?? [],
    },
    organization: values.orgType ? { org_type: values.orgType } : undefined,
    commune: { province, arrondissement: `${province}-1` },
  } as unknown as SiteRow;
}

describe('updateFacets', () => {
  const sites = [
    row('a', { category: 'housing', languages: ['fr', 'uk'], orgType: 'cpas' }),
    row('b', { category: 'housing', languages: ['fr'] }),
    row('c', { category: 'language', status: 'inactive', orgType: 'ngo' }, 'WHT'),
  ];

  it('gives back the same facets for an edit that moves no count (a rename)', () => {
    const before = countFacets(sites);
    const renamed = sites.map((site) => (site.id === 'b' ? { ...site } : site));
    expect(updateFacets(before, sites, renamed)).toBe(before);
  });

  it('counts only the replaced rows again, and keeps the groups they did not move', () => {
    const before = countFacets(sites);
    const edited = [sites[0], row('b', { category: 'language', languages: ['fr'] }), sites[2]];
    const after = updateFacets(before, sites, edited as SiteRow[]);
    expect([...after.categories]).toEqual([
      ['housing', 1],
      ['language', 2],
    ]);
    expect(after.statuses).toBe(before.statuses);
    expect(after.languages).toBe(before.languages);
  });

  it('drops a value no site has any more, and counts afresh when sites come or go', () => {
    const before = countFacets(sites);
    const edited = [sites[0], sites[1], row('c', { category: 'language' }, 'WHT')];
    expect(updateFacets(before, sites, edited as SiteRow[]).statuses.has('inactive')).toBe(false);
    const fewer = sites.slice(1);
    expect(updateFacets(before, sites, fewer)).toEqual(countFacets(fewer));
  });

  it('always equals counting afresh, whatever rows an edit replaces', () => {
    const categories = ['housing', 'language', 'employment'];
    const languages = ['fr', 'nl', 'uk'];
    const arbitraryRow = fc.record({
      category: fc.constantFrom(...categories),
      status: fc.constantFrom('active', 'inactive'),
      languages: fc.subarray(languages),
      orgType: fc.option(fc.constantFrom('cpas', 'ngo'), { nil: undefined }),
      province: fc.constantFrom('WLG', 'WHT', 'WNA'),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), arbitraryRow), { maxLength: 8 }),
        (values, replacements) => {
          const before = values.map((value, index) => row(String(index), value, value.province));
          const after = [...before];
          for (const [at, value] of replacements) {
            const index = at % after.length;
            after[index] = row(String(index), value, value.province);
          }
          const updated = updateFacets(countFacets(before), before, after);
          for (const group of Object.keys(updated) as (keyof Facets)[]) {
            expect(new Map(updated[group])).toEqual(countFacets(after)[group]);
          }
        },
      ),
    );
  });
});
