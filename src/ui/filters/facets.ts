import type { SiteRow } from '../../explore/sites';
import { foldText } from '../../explore/sites';
import type { CommuneInfo } from '../../places/types';
import type { Language } from '../../store/atlas_store';
import { communeName } from '../common/names';

/** How many sites each filter value has, over every site (not only the visible ones). */
export interface Facets {
  categories: Map<string, number>;
  orgTypes: Map<string, number>;
  statuses: Map<string, number>;
  languages: Map<string, number>;
  provinces: Map<string, number>;
  arrondissements: Map<string, number>;
  communes: Map<string, number>;
}

function bump(map: Map<string, number>, key: string | undefined): void {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
}

export function countFacets(sites: readonly SiteRow[]): Facets {
  const facets: Facets = {
    categories: new Map(),
    orgTypes: new Map(),
    statuses: new Map(),
    languages: new Map(),
    provinces: new Map(),
    arrondissements: new Map(),
    communes: new Map(),
  };
  for (const site of sites) {
    bump(facets.categories, site.service.category);
    bump(facets.statuses, site.service.status);
    bump(facets.orgTypes, site.organization?.org_type);
    for (const language of new Set(site.service.languages)) bump(facets.languages, language);
    bump(facets.provinces, site.commune?.province);
    bump(facets.arrondissements, site.commune?.arrondissement);
    bump(facets.communes, site.commune?.nis_code);
  }
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
  for (const key of Object.keys(next) as (keyof Facets)[]) {
    if (sameCounts(previous[key], next[key])) kept[key] = previous[key];
    else changed = true;
  }
  return changed ? kept : previous;
}

/** A commune with its names folded once, for the picker's search. */
export interface CommuneEntry {
  commune: CommuneInfo;
  /** [French, Dutch, German] names, each folded (lower case, no accents). */
  folded: [string, string, string];
}

export function communeEntries(communes: readonly CommuneInfo[]): CommuneEntry[] {
  return communes.map((commune) => ({
    commune,
    folded: [foldText(commune.name_fr), foldText(commune.name_nl), foldText(commune.name_de)],
  }));
}

/** A commune the picker offers, and the other-language name that matched, if any. */
export interface CommuneMatch {
  commune: CommuneInfo;
  name: string;
  /** The French, Dutch or German name that matched, when it differs from `name`. */
  matchedName: string;
}

/**
 * Communes whose French, Dutch or German name matches the typed text, with or without
 * accents: exact names first, then names starting with it, then names with a word starting
 * with it, then names containing it.
 */
export function searchCommunes(
  entries: readonly CommuneEntry[],
  query: string,
  language: Language,
  exclude: readonly string[],
  limit = 12,
): CommuneMatch[] {
  const folded = foldText(query);
  if (folded === '') return [];
  const scored: { score: number; match: CommuneMatch }[] = [];
  for (const { commune, folded: names } of entries) {
    if (exclude.includes(commune.nis_code)) continue;
    let best = Number.POSITIVE_INFINITY;
    let bestIndex = -1;
    names.forEach((name, index) => {
      if (name === '') return;
      let score = Number.POSITIVE_INFINITY;
      if (name === folded) score = 0;
      else if (name.startsWith(folded)) score = 1;
      else if (name.includes(` ${folded}`)) score = 2;
      else if (name.includes(folded)) score = 3;
      if (score < best) {
        best = score;
        bestIndex = index;
      }
    });
    if (bestIndex < 0) continue;
    const name = communeName(commune, language);
    const original = [commune.name_fr, commune.name_nl, commune.name_de][bestIndex] ?? '';
    scored.push({
      score: best,
      match: { commune, name, matchedName: foldText(original) === foldText(name) ? '' : original },
    });
  }
  const compare = new Intl.Collator(language, { sensitivity: 'base' }).compare;
  scored.sort((a, b) => a.score - b.score || compare(a.match.name, b.match.name));
  return scored.slice(0, limit).map(({ match }) => match);
}
