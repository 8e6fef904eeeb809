import { filterSites, searchWords } from './filter_sites';
import {
  type Filters,
  filterValue,
  isFiltered,
  LIST_FILTERS,
  type ListFilter,
  onlyFailedFilter,
} from './filters';
import type { SiteIndex } from './site_index';
import { replacedRows, type SiteRow } from './sites';

/**
 * The count beside each value of each list filter: how many sites the user would get by
 * choosing that value (alone in its filter), the other filters as they are. A value of a
 * filter nobody has set counts the sites shown that have it; a value of a filter that is
 * set counts the sites that pass all the other filters and have it, so its neighbours say
 * what choosing them instead (or as well) would give, as faceted searches do.
 */
export type Facets = Record<ListFilter, Map<string, number>>;

/** Facets whose every group is made by `group`. */
function facetsOf(group: (key: ListFilter) => Map<string, number>): Facets {
  return Object.fromEntries(LIST_FILTERS.map((key) => [key, group(key)])) as Facets;
}

function emptyFacets(): Facets {
  return facetsOf(() => new Map());
}

function bump(map: Map<string, number>, key: string, step: 1 | -1): void {
  const count = (map.get(key) ?? 0) + step;
  if (count === 0) map.delete(key);
  else map.set(key, count);
}

/**
 * Adds (1) or takes away (-1) one site's values of one filter (a language listed twice
 * once). Without making a list of them: the counts read every site shown, 100,000 of them.
 */
function tallyGroup(map: Map<string, number>, site: SiteRow, filter: ListFilter, step: 1 | -1) {
  if (filter !== 'languages') {
    const value = filterValue(site, filter);
    if (value) bump(map, value, step);
    return;
  }
  const languages = site.service.languages;
  for (let at = 0; at < languages.length; at += 1) {
    const language = languages[at] as string;
    if (language && languages.indexOf(language) === at) bump(map, language, step);
  }
}

function tallyGroups(
  facets: Facets,
  site: SiteRow,
  groups: readonly ListFilter[],
  step: 1 | -1,
): void {
  for (const group of groups) tallyGroup(facets[group], site, group, step);
}

/** How many of `sites` have each value of each filter: the counts when nothing is filtered. */
export function countFacets(sites: readonly SiteRow[]): Facets {
  const facets = emptyFacets();
  for (const site of sites) tallyGroups(facets, site, LIST_FILTERS, 1);
  return facets;
}

function countGroup(sites: readonly SiteRow[], filter: ListFilter): Map<string, number> {
  const map = new Map<string, number>();
  for (const site of sites) tallyGroup(map, site, filter, 1);
  return map;
}

/**
 * The facets under `filters` (see Facets), from the sites they leave (`visible`) and the
 * counts of every site (`totals`). A filter that is set is counted over the sites that pass
 * the others, found through the index; when it is the only one set, those are all the
 * sites, whose counts are `totals`. Costs one pass over the visible sites, and one filter
 * pass per filter set.
 */
export function facetsGiven(
  sites: readonly SiteRow[],
  filters: Filters,
  visible: readonly SiteRow[],
  totals: Facets,
  index?: SiteIndex,
): Facets {
  if (!isFiltered(filters)) return totals;
  const set = LIST_FILTERS.filter((filter) => filters[filter].length > 0);
  const facets = emptyFacets();
  const unset = LIST_FILTERS.filter((filter) => !set.includes(filter));
  for (const site of visible) tallyGroups(facets, site, unset, 1);
  for (const filter of set) {
    const others = { ...filters, [filter]: [] };
    facets[filter] = isFiltered(others)
      ? countGroup(filterSites(sites, others, index), filter)
      : totals[filter];
  }
  return facets;
}

/**
 * Adds (1) or takes away (-1) what one site counts for under `filters`: every filter's
 * values when it passes them all, the values of the one filter it fails, nothing when it
 * fails more (or the free text).
 */
function tallyGiven(
  facets: Facets,
  site: SiteRow,
  filters: Filters,
  words: readonly string[],
  step: 1 | -1,
): void {
  const failed = onlyFailedFilter(site, filters, words);
  if (failed === '') tallyGroups(facets, site, LIST_FILTERS, step);
  else if (failed !== null) tallyGroup(facets[failed], site, failed, step);
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
  for (const key of LIST_FILTERS) {
    if (sameCounts(previous[key], next[key])) kept[key] = previous[key];
    else changed = true;
  }
  return changed ? kept : previous;
}

/**
 * The facets of `after` under `filters`, knowing those of `before`. An edit gives the same
 * list of sites with the edited ones replaced (see replacedRows): only those are counted
 * again (out as they were, in as they are), so an edit costs the same with 100,000 sites as
 * with 1,000. Any other change of the list is counted afresh by `recount`. Unchanged counts
 * keep their identity (see keepEqualCounts).
 */
export function updateFacets(
  previous: Facets,
  before: readonly SiteRow[],
  after: readonly SiteRow[],
  filters: Filters,
  recount: () => Facets,
): Facets {
  if (before === after) return previous;
  const replaced = replacedRows(before, after);
  if (replaced?.length === 0) return previous;
  // Counting a replaced row costs two tallies: past half the rows, counting afresh is cheaper.
  if (!replaced || replaced.length * 2 > after.length) {
    return keepEqualCounts(previous, recount());
  }
  const next = facetsOf((key) => new Map(previous[key]));
  const words = searchWords(filters.text);
  for (const [old, row] of replaced) {
    tallyGiven(next, old, filters, words, -1);
    tallyGiven(next, row, filters, words, 1);
  }
  return keepEqualCounts(previous, next);
}

export const NO_FACETS: Facets = emptyFacets();
