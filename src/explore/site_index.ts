import { type Filters, filterValues, LIST_FILTERS, type ListFilter } from './filters';
import type { SiteRow } from './sites';

/**
 * The sites of each value (each commune, each category…), in the sites' order, built the
 * first time a filter asks for it. A filter on one commune then starts from that commune's
 * few sites instead of reading all of them: with 100,000 sites a filter change no longer
 * walks and copies the whole list. Only a shortcut: `filterSites` still tests every
 * candidate with the same predicate, so the result is the same as without an index.
 */
export class SiteIndex {
  private readonly byFilter = new Map<ListFilter, Map<string, SiteRow[]>>();
  private position: Map<SiteRow, number> | null = null;

  constructor(private readonly sites: readonly SiteRow[]) {}

  /**
   * The sites that can pass the filters: those with a value of the most selective list
   * filter set, in the sites' order; null when no list filter is set. The list returned
   * may be the index's own: never change it.
   */
  candidates(filters: Filters): { sites: readonly SiteRow[]; filter: ListFilter } | null {
    let best: { lists: SiteRow[][]; size: number; filter: ListFilter } | null = null;
    for (const filter of LIST_FILTERS) {
      const values = filters[filter] as readonly string[];
      if (values.length === 0) continue;
      const index = this.sitesOf(filter);
      const lists = values.map((value) => index.get(value) ?? []);
      const size = lists.reduce((sum, list) => sum + list.length, 0);
      if (!best || size < best.size) best = { lists, size, filter };
    }
    if (!best) return null;
    return { sites: this.union(best.lists, best.filter), filter: best.filter };
  }

  /**
   * Builds the index of one more list filter; false once every one is built. Lets the page
   * build them in idle moments, before the first filter change needs them.
   */
  prepareNext(): boolean {
    const filter = LIST_FILTERS.find((candidate) => !this.byFilter.has(candidate));
    if (!filter) return false;
    this.sitesOf(filter);
    return true;
  }

  private sitesOf(filter: ListFilter): Map<string, SiteRow[]> {
    let index = this.byFilter.get(filter);
    if (!index) {
      index = new Map();
      for (const site of this.sites) {
        for (const value of filterValues(site, filter)) {
          const list = index.get(value);
          if (list) list.push(site);
          else index.set(value, [site]);
        }
      }
      this.byFilter.set(filter, index);
    }
    return index;
  }

  /** The sites of several values once each, in the sites' order. */
  private union(lists: SiteRow[][], filter: ListFilter): readonly SiteRow[] {
    if (lists.length === 1 && lists[0]) return lists[0];
    // Languages can give a site twice; other filters' lists are disjoint.
    const sites = filter === 'languages' ? [...new Set(lists.flat())] : lists.flat();
    const position = this.positions();
    return sites.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  }

  private positions(): Map<SiteRow, number> {
    this.position ??= new Map(this.sites.map((site, index) => [site, index]));
    return this.position;
  }
}

const indexes = new WeakMap<readonly SiteRow[], SiteIndex>();

/** The index of a list of sites, kept as long as the list is. */
export function siteIndexOf(sites: readonly SiteRow[]): SiteIndex {
  let index = indexes.get(sites);
  if (!index) {
    index = new SiteIndex(sites);
    indexes.set(sites, index);
  }
  return index;
}
