import { foldSearch } from '../text/fold';
import { type Filters, isFiltered, matches, NO_FILTERS } from './filters';
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
  const words = foldSearch(filters.text).split(' ').filter(Boolean);
  return (candidates?.sites ?? sites).filter((site) => matches(site, filters, words));
}

/** True when `key` is the only filter set. */
function onlySet(filters: Filters, key: keyof Filters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof Filters)[]).every(
    (other) =>
      other === key ||
      (other === 'text' ? filters.text.trim() === '' : filters[other].length === 0),
  );
}
