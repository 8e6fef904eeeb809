import { foldSearch } from '../text/fold';
import { type Filters, isFiltered, LIST_FILTERS, type ListFilter, matches } from './filters';
import type { SiteIndex } from './site_index';
import type { SiteRow } from './sites';

/**
 * The sites that pass the filters, in their original order. With an index (see
 * site_index.ts), only the candidates of the most selective filter are tested, and a filter
 * that is the only one set gives its candidates as they are. The list returned may be
 * `sites` itself or the index's own: never change it.
 */
export function filterSites(
  sites: readonly SiteRow[],
  filters: Filters,
  index?: SiteIndex,
): readonly SiteRow[] {
  if (!isFiltered(filters)) return sites;
  const candidates = index?.candidates(filters);
  if (candidates && onlySet(filters, candidates.filter)) return candidates.sites;
  const words = searchWords(filters.text);
  return (candidates?.sites ?? sites).filter((site) => matches(site, filters, words));
}

/** The words of the free-text filter, folded as the sites' search text is. */
export function searchWords(text: string): string[] {
  return foldSearch(text).split(' ').filter(Boolean);
}

/** True when `key` is the only filter set. */
function onlySet(filters: Filters, key: ListFilter): boolean {
  return (
    filters.text.trim() === '' &&
    LIST_FILTERS.every((other) => other === key || filters[other].length === 0)
  );
}
