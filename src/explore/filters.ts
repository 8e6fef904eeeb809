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

export function isFiltered(filters: Filters): boolean {
  return activeFilterCount(filters) > 0;
}

/** How many values the filters hold: each chosen value, and the text when there is one. */
export function activeFilterCount(filters: Filters): number {
  let count = filters.text.trim() !== '' ? 1 : 0;
  for (const key of Object.keys(NO_FILTERS) as (keyof Filters)[]) {
    if (key !== 'text') count += (filters[key] as unknown[]).length;
  }
  return count;
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

/** Whether a commune is among the places the filters choose (any commune when they choose none). */
export function inPlaces(commune: CommuneInfo, filters: Filters): boolean {
  if (PLACE_FILTERS.every((key) => filters[key].length === 0)) return true;
  return (
    (filters.provinces.length === 0 || filters.provinces.includes(commune.province)) &&
    (filters.arrondissements.length === 0 ||
      filters.arrondissements.includes(commune.arrondissement)) &&
    (filters.communes.length === 0 || filters.communes.includes(commune.nis_code))
  );
}
