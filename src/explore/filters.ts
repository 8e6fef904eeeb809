import type { Category, OrgType, Status } from '../model/enums';
import type { SiteIndex } from './site_index';
import { foldText, type SiteRow } from './sites';

/** The filters every view shares. An empty list means "any". */
export interface Filters {
  categories: Category[];
  orgTypes: OrgType[];
  provinces: string[];
  arrondissements: string[];
  /** NIS codes. */
  communes: string[];
  languages: string[];
  statuses: Status[];
  text: string;
}

export const NO_FILTERS: Filters = {
  categories: [],
  orgTypes: [],
  provinces: [],
  arrondissements: [],
  communes: [],
  languages: [],
  statuses: [],
  text: '',
};

export function isFiltered(filters: Filters): boolean {
  return (
    filters.text.trim() !== '' ||
    (Object.keys(NO_FILTERS) as (keyof Filters)[]).some(
      (key) => key !== 'text' && (filters[key] as unknown[]).length > 0,
    )
  );
}

/** Does the site pass every filter? (A place filter drops sites without a commune.) */
export function matches(site: SiteRow, filters: Filters, words: readonly string[]): boolean {
  const { service, organization, commune } = site;
  if (filters.categories.length > 0 && !filters.categories.includes(service.category)) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(service.status)) return false;
  if (
    filters.orgTypes.length > 0 &&
    (!organization || !filters.orgTypes.includes(organization.org_type))
  ) {
    return false;
  }
  if (filters.communes.length > 0 && (!commune || !filters.communes.includes(commune.nis_code))) {
    return false;
  }
  if (
    filters.arrondissements.length > 0 &&
    (!commune || !filters.arrondissements.includes(commune.arrondissement))
  ) {
    return false;
  }
  if (filters.provinces.length > 0 && (!commune || !filters.provinces.includes(commune.province))) {
    return false;
  }
  if (
    filters.languages.length > 0 &&
    !filters.languages.some((language) => service.languages.includes(language))
  ) {
    return false;
  }
  return words.every((word) => site.searchText.includes(word));
}

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
  const words = foldText(filters.text).split(' ').filter(Boolean);
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
