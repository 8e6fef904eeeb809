import fc from 'fast-check';
import {
  countFacets,
  type Facets,
  facetsGiven,
  keepEqualCounts,
  updateFacets,
} from '../../../src/explore/facets';
import { filterSites } from '../../../src/explore/filter_sites';
import { type Filters, LIST_FILTERS, NO_FILTERS } from '../../../src/explore/filters';
import type { SiteRow } from '../../../src/explore/sites';

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

/** A site row with only what the facets read. */
function row(
  id: string,
  values: { category: string; status?: string; languages?: string[]; orgType?: string },
  province = 'WLG',
  text = '',
): SiteRow {
  return {
    id,
    service: {
      category: values.category,
      status: values.status ?? 'active',
      languages: values.languages ?? [],
    },
    organization: values.orgType ? { org_type: values.orgType } : undefined,
    commune: { province, arrondissement: `${province}-1`, nis_code: `${province}-nis` },
    searchText: text,
  } as unknown as SiteRow;
}

/** Counting afresh: every site, as if nothing had been counted before. */
const afresh = (sites: readonly SiteRow[], filters: Filters) => () =>
  facetsGiven(sites, filters, filterSites(sites, filters), countFacets(sites));

const categories = ['housing', 'language', 'employment'];
const languages = ['fr', 'nl', 'uk'];
const provinces = ['WLG', 'WHT', 'WNA'];
const arbitraryRow = fc.record({
  category: fc.constantFrom(...categories),
  status: fc.constantFrom('active', 'inactive'),
  languages: fc.subarray(languages),
  orgType: fc.option(fc.constantFrom('cpas', 'ngo'), { nil: undefined }),
  province: fc.constantFrom(...provinces),
  text: fc.constantFrom('', 'cpas', 'maison cpas'),
});
const arbitraryFilters = fc.record({
  categories: fc.subarray(categories, { maxLength: 2 }),
  statuses: fc.subarray(['active', 'inactive'], { maxLength: 1 }),
  languages: fc.subarray(languages, { maxLength: 2 }),
  orgTypes: fc.subarray(['cpas', 'ngo'], { maxLength: 1 }),
  provinces: fc.subarray(provinces, { maxLength: 2 }),
  arrondissements: fc.constant([]),
  communes: fc.subarray(['WLG-nis', 'WNA-nis'], { maxLength: 1 }),
  text: fc.constantFrom('', '', 'cpas', 'maison'),
}) as fc.Arbitrary<Filters>;

describe('updateFacets', () => {
  const sites = [
    row('a', { category: 'housing', languages: ['fr', 'uk'], orgType: 'cpas' }),
    row('b', { category: 'housing', languages: ['fr'] }),
    row('c', { category: 'language', status: 'inactive', orgType: 'ngo' }, 'WHT'),
  ];

  it('gives back the same facets for an edit that moves no count (a rename)', () => {
    const before = countFacets(sites);
    const renamed = sites.map((site) => (site.id === 'b' ? { ...site } : site));
    expect(updateFacets(before, sites, renamed, NO_FILTERS, afresh(renamed, NO_FILTERS))).toBe(
      before,
    );
  });

  it('counts only the replaced rows again, and keeps the groups they did not move', () => {
    const before = countFacets(sites);
    const edited = [
      sites[0],
      row('b', { category: 'language', languages: ['fr'] }),
      sites[2],
    ] as SiteRow[];
    const after = updateFacets(before, sites, edited, NO_FILTERS, afresh(edited, NO_FILTERS));
    expect([...after.categories]).toEqual([
      ['housing', 1],
      ['language', 2],
    ]);
    expect(after.statuses).toBe(before.statuses);
    expect(after.languages).toBe(before.languages);
  });

  it('drops a value no site has any more, and counts afresh when sites come or go', () => {
    const before = countFacets(sites);
    const edited = [sites[0], sites[1], row('c', { category: 'language' }, 'WHT')] as SiteRow[];
    expect(
      updateFacets(before, sites, edited, NO_FILTERS, afresh(edited, NO_FILTERS)).statuses.has(
        'inactive',
      ),
    ).toBe(false);
    const fewer = sites.slice(1);
    expect(updateFacets(before, sites, fewer, NO_FILTERS, afresh(fewer, NO_FILTERS))).toEqual(
      countFacets(fewer),
    );
  });

  it('always equals counting afresh, whatever rows an edit replaces, whatever is filtered', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), arbitraryRow), { maxLength: 8 }),
        arbitraryFilters,
        (values, replacements, filters) => {
          const make = (index: number, value: (typeof values)[number]) =>
            row(String(index), value, value.province, value.text);
          const before = values.map((value, index) => make(index, value));
          const after = [...before];
          for (const [at, value] of replacements) {
            const index = at % after.length;
            after[index] = make(index, value);
          }
          const updated = updateFacets(
            afresh(before, filters)(),
            before,
            after,
            filters,
            afresh(after, filters),
          );
          const expected = afresh(after, filters)();
          for (const group of LIST_FILTERS) {
            expect(new Map(updated[group])).toEqual(new Map(expected[group]));
          }
        },
      ),
    );
  });
});

describe('facetsGiven', () => {
  it('gives each value the sites that choosing it alone in its filter would leave', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { minLength: 1, maxLength: 40 }),
        arbitraryFilters,
        (values, filters) => {
          const sites = values.map((value, index) =>
            row(String(index), value, value.province, value.text),
          );
          const facets = facetsGiven(
            sites,
            filters,
            filterSites(sites, filters),
            countFacets(sites),
          );
          const everyValue = countFacets(sites);
          for (const group of LIST_FILTERS) {
            for (const value of everyValue[group].keys()) {
              const chosen = filterSites(sites, { ...filters, [group]: [value] }).length;
              expect(facets[group].get(value) ?? 0, `${group} ${value}`).toBe(chosen);
            }
          }
        },
      ),
    );
  });

  it('is the totals when nothing is filtered', () => {
    const sites = [row('a', { category: 'housing' })];
    const totals = countFacets(sites);
    expect(facetsGiven(sites, NO_FILTERS, sites, totals)).toBe(totals);
  });
});
