import type { TFunction } from 'i18next';
import { communeEntries, searchCommunes } from '../../explore/commune_search';
import type { Language } from '../../model/languages';
import type { Organization } from '../../model/schemas';
import { areaName, communeName, provinceName } from '../../places/place_names';
import type { Gazetteer } from '../../places/types';
import { foldName } from '../../text/fold';
import type { PickerOption } from '../shared/SearchPicker';

const LIMIT = 12;

/** An organisation's names folded once, for the picker's search. */
interface OrganizationEntry {
  organization: Organization;
  folded: string[];
}

/** How well folded `name` matches folded `query`: 0 exact, then prefix, word prefix, inside. */
function score(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 3;
  return Number.POSITIVE_INFINITY;
}

/**
 * Searches organisations by name or other name, with or without accents, best matches
 * first; with nothing typed, the first organisations in alphabetical order.
 */
export function organizationSearch(
  organizations: readonly Organization[],
  t: TFunction,
  compare: (a: string, b: string) => number,
  exclude: readonly string[] = [],
): (query: string) => PickerOption[] {
  const entries: OrganizationEntry[] = organizations
    .filter((organization) => !exclude.includes(organization.id))
    .map((organization) => ({
      organization,
      folded: [foldName(organization.name), foldName(organization.alternate_name)],
    }));
  const option = ({ id, name, org_type }: Organization): PickerOption => ({
    id,
    label: name,
    detail: t(`model:orgType.${org_type}`),
  });
  return (query) => {
    const folded = foldName(query);
    const scored = entries
      .map((entry) => ({
        entry,
        score: folded === '' ? 4 : Math.min(...entry.folded.map((name) => score(name, folded))),
      }))
      .filter((candidate) => Number.isFinite(candidate.score));
    scored.sort(
      (a, b) => a.score - b.score || compare(a.entry.organization.name, b.entry.organization.name),
    );
    return scored.slice(0, LIMIT).map(({ entry }) => option(entry.organization));
  };
}

/** Searches communes by their French, Dutch or German name (as the commune filter does). */
export function communeSearch(
  gazetteer: Gazetteer | null,
  language: Language,
): (query: string) => PickerOption[] {
  const entries = communeEntries(gazetteer?.communes ?? []);
  return (query) =>
    searchCommunes(entries, query, language, [], LIMIT).map((match) => ({
      id: match.commune.nis_code,
      label: match.name,
      detail: [match.matchedName, provinceName(match.commune.province, language)]
        .filter(Boolean)
        .join(', '),
    }));
}

/**
 * Searches the units a service may serve: the provinces, arrondissements and Wallonia whose
 * name starts or holds what is typed, then the communes (as the commune picker finds them).
 */
export function areaSearch(
  gazetteer: Gazetteer | null,
  language: Language,
  t: TFunction,
): (query: string) => PickerOption[] {
  const units = (gazetteer?.areas ?? []).map((area) => ({
    area,
    folded: [area.name_fr, area.name_nl, area.name_de].map(foldName),
  }));
  const communes = communeSearch(gazetteer, language);
  return (query) => {
    const folded = foldName(query);
    if (folded === '') return [];
    const above = units
      .map((unit) => ({ unit, score: Math.min(...unit.folded.map((name) => score(name, folded))) }))
      .filter((candidate) => Number.isFinite(candidate.score))
      .sort((a, b) => a.score - b.score)
      .map(({ unit }) => ({
        id: unit.area.nis_code,
        label: areaName(unit.area, language),
        detail: t(`edit:areaLevel.${unit.area.level}`),
      }));
    return [...above, ...communes(query)].slice(0, LIMIT);
  };
}

/** The name of a commune by its NIS code, in the interface language (the code if unknown). */
export function communeLabel(gazetteer: Gazetteer | null, language: Language, nisCode: string) {
  const commune = gazetteer?.communeByNis(nisCode);
  return commune ? communeName(commune, language) : nisCode;
}
