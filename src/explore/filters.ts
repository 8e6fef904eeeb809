import type { Category, OrgType, Status } from '../model/enums';
import type { CommuneInfo } from '../places/types';
import type { SiteRow } from './sites';

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

/** The filters that pick sites by a value of theirs (all but the free text). */
export type ListFilter = Exclude<keyof Filters, 'text'>;

export const LIST_FILTERS: readonly ListFilter[] = [
  'categories',
  'statuses',
  'orgTypes',
  'communes',
  'arrondissements',
  'provinces',
  'languages',
];

/** The list filters a site has one value for (all but the languages of its service). */
export type SingleValueFilter = Exclude<ListFilter, 'languages'>;

/**
 * The value of a site that a list filter looks at: its category, its organisation's type,
 * its commune's code…; undefined for a site without an organisation or a commune. (The
 * languages filter looks at the service's languages, several.)
 */
export function filterValue(site: SiteRow, filter: SingleValueFilter): string | undefined {
  switch (filter) {
    case 'categories':
      return site.service.category;
    case 'statuses':
      return site.service.status;
    case 'orgTypes':
      return site.organization?.org_type;
    case 'communes':
      return site.commune?.nis_code;
    case 'arrondissements':
      return site.commune?.arrondissement;
    case 'provinces':
      return site.commune?.province;
  }
}

/** Every value of a site that a list filter looks at (see filterValue). */
export function filterValues(site: SiteRow, filter: ListFilter): readonly string[] {
  if (filter === 'languages') return site.service.languages;
  const value = filterValue(site, filter);
  return value === undefined ? [] : [value];
}

/** Does the site pass one list filter, given its chosen values (none: any site passes)? */
export function passesFilter(
  site: SiteRow,
  filter: ListFilter,
  chosen: readonly string[],
): boolean {
  if (chosen.length === 0) return true;
  if (filter === 'languages') {
    return chosen.some((language) => site.service.languages.includes(language));
  }
  const value = filterValue(site, filter);
  return value !== undefined && chosen.includes(value);
}

export function isFiltered(filters: Filters): boolean {
  return activeFilterCount(filters) > 0;
}

/** How many values the filters hold: each chosen value, and the text when there is one. */
export function activeFilterCount(filters: Filters): number {
  let count = filters.text.trim() !== '' ? 1 : 0;
  for (const key of LIST_FILTERS) count += filters[key].length;
  return count;
}

/** Does the site pass every filter? (A place filter drops sites without a commune.) */
export function matches(site: SiteRow, filters: Filters, words: readonly string[]): boolean {
  for (const filter of LIST_FILTERS) {
    if (!passesFilter(site, filter, filters[filter])) return false;
  }
  return words.every((word) => site.searchText.includes(word));
}

/**
 * The one list filter a site fails, '' when it passes them all, or null when it fails the
 * free text or more than one: what the filter counts need to know of a site (see facets.ts).
 */
export function onlyFailedFilter(
  site: SiteRow,
  filters: Filters,
  words: readonly string[],
): ListFilter | '' | null {
  if (!words.every((word) => site.searchText.includes(word))) return null;
  let failed: ListFilter | '' = '';
  for (const filter of LIST_FILTERS) {
    if (passesFilter(site, filter, filters[filter])) continue;
    if (failed !== '') return null;
    failed = filter;
  }
  return failed;
}

/** The filters that choose places: the provinces, arrondissements and communes. */
const PLACE_FILTERS = ['provinces', 'arrondissements', 'communes'] as const;

/**
 * The filters with their place filters set aside. The gap analysis selects services with
 * these (a service just across a province's border still serves its communes) and shows the
 * communes the place filters choose (see `inPlaces`).
 */
export function withoutPlaces(filters: Filters): Filters {
  return { ...filters, provinces: [], arrondissements: [], communes: [] };
}

/** Whether the filters choose places (provinces, arrondissements or communes). */
export function choosesPlaces(filters: Filters): boolean {
  return PLACE_FILTERS.some((key) => filters[key].length > 0);
}

/** Whether a commune is among the places the filters choose (any commune when they choose none). */
export function inPlaces(commune: CommuneInfo, filters: Filters): boolean {
  if (!choosesPlaces(filters)) return true;
  return (
    (filters.provinces.length === 0 || filters.provinces.includes(commune.province)) &&
    (filters.arrondissements.length === 0 ||
      filters.arrondissements.includes(commune.arrondissement)) &&
    (filters.communes.length === 0 || filters.communes.includes(commune.nis_code))
  );
}
