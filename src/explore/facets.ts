import { replacedRows, type SiteRow } from './sites';

/** How many sites each filter value has, over every site (not only the visible ones). */
export interface Facets {
  categories: Map<string, number>;
  orgTypes: Map<string, number>;
  statuses: Map<string, number>;
  languages: Map<string, number>;
  provinces: Map<string, number>;
  arrondissements: Map<string, number>;
}

const GROUPS = [
  'categories',
  'orgTypes',
  'statuses',
  'languages',
  'provinces',
  'arrondissements',
] as const satisfies readonly (keyof Facets)[];

/** Facets whose every group is made by `group`. */
function facetsOf(group: (key: keyof Facets) => Map<string, number>): Facets {
  return Object.fromEntries(GROUPS.map((key) => [key, group(key)])) as unknown as Facets;
}

function emptyFacets(): Facets {
  return facetsOf(() => new Map());
}

function bump(map: Map<string, number>, key: string | undefined, step: 1 | -1): void {
  if (!key) return;
  const count = (map.get(key) ?? 0) + step;
  if (count === 0) map.delete(key);
  else map.set(key, count);
}

/** Adds (1) or takes away (-1) one site's values. */
function tally(facets: Facets, site: SiteRow, step: 1 | -1): void {
  bump(facets.categories, site.service.category, step);
  bump(facets.statuses, site.service.status, step);
  bump(facets.orgTypes, site.organization?.org_type, step);
  for (const language of new Set(site.service.languages)) bump(facets.languages, language, step);
  bump(facets.provinces, site.commune?.province, step);
  bump(facets.arrondissements, site.commune?.arrondissement, step);
}

export function countFacets(sites: readonly SiteRow[]): Facets {
  const facets = emptyFacets();
  for (const site of sites) tally(facets, site, 1);
  return facets;
}

function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, count] of a) if (b.get(key) !== count) return false;
  return true;
}

/**
 * `next`, keeping each of `previous`'s counts that did not change (the same Map), and
 * `previous` itself when none did: an edit that moves no count (a name, a phone) then
 * leaves the filter groups as they are, and React skips them.
 */
export function keepEqualCounts(previous: Facets | null, next: Facets): Facets {
  if (!previous) return next;
  let changed = false;
  const kept = { ...next };
  for (const key of GROUPS) {
    if (sameCounts(previous[key], next[key])) kept[key] = previous[key];
    else changed = true;
  }
  return changed ? kept : previous;
}

/**
 * The facets of `after`, knowing those of `before`. An edit gives the same list of sites
 * with the edited ones replaced (see replacedRows): only those are counted again (out as
 * they were, in as they are), so an edit costs the same with 100,000 sites as with 1,000.
 * Any other change of the list is counted afresh. Unchanged counts keep their identity
 * (see keepEqualCounts).
 */
export function updateFacets(
  previous: Facets,
  before: readonly SiteRow[],
  after: readonly SiteRow[],
): Facets {
  if (before === after) return previous;
  const replaced = replacedRows(before, after);
  if (replaced?.length === 0) return previous;
  // Counting a replaced row costs two tallies: past half the rows, counting afresh is cheaper.
  if (!replaced || replaced.length * 2 > after.length) {
    return keepEqualCounts(previous, countFacets(after));
  }
  const next = facetsOf((key) => new Map(previous[key]));
  for (const [old, row] of replaced) {
    tally(next, old, -1);
    tally(next, row, 1);
  }
  return keepEqualCounts(previous, next);
}

export const NO_FACETS: Facets = emptyFacets();
