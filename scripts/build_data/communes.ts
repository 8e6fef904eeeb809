import type { NisUpdate } from '../../src/places/types';
import { type Draft, emptyDraft, orgSpec } from './specs';
import { joinParts } from './text';

/** A 2025 Walloon commune, with the attributes the dataset needs. */
export interface CommuneRecord {
  nis_code: string;
  name_fr: string;
  arrondissement: string;
  arrondissement_nis: string;
  province: string;
  province_nis: string;
  population_2020: number | null;
  /** Codes of the communes merged into this one (Bastogne 82039: 82003, 82005). */
  merged_from: string[];
}

/** Looks up an old commune code's current one (the gazetteer's `updateNis`). */
export type UpdateNis = (nisCode: string) => NisUpdate | undefined;

function text(properties: Record<string, unknown>, name: string): string {
  const value = properties[name];
  return typeof value === 'string' ? value : '';
}

/**
 * The communes of a commune FeatureCollection (../shared/data/geo/wallonia_communes_2025.geojson
 * properties). Throws when a feature lacks its code or name.
 */
export function parseCommunes(geojson: unknown): CommuneRecord[] {
  const features = (geojson as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new Error('communes: not a FeatureCollection');
  return features.map((feature: { properties?: Record<string, unknown> }) => {
    const properties = feature.properties ?? {};
    const nis = text(properties, 'nis_code');
    const name = text(properties, 'name_fr');
    if (!/^\d{5}$/.test(nis) || !name)
      throw new Error(`communes: feature without nis_code/name_fr (${nis})`);
    const population = properties.population_2020;
    const mergedFrom = properties.merged_from;
    return {
      nis_code: nis,
      name_fr: name,
      arrondissement: text(properties, 'arrondissement'),
      arrondissement_nis: text(properties, 'arrondissement_nis'),
      province: text(properties, 'province'),
      province_nis: text(properties, 'province_nis'),
      population_2020: typeof population === 'number' ? population : null,
      merged_from: Array.isArray(mergedFrom) ? mergedFrom.map(String) : [],
    };
  });
}

export function communeKey(nisCode: string): string {
  return `commune:${nisCode}`;
}

/**
 * The current (2025) code of a commune code from a source: itself when it is a 2025
 * commune, else its update (2019 renumbering, 2025 merger). Throws when unknown.
 */
export function currentNis(
  nisCode: string,
  communesByNis: ReadonlyMap<string, CommuneRecord>,
  updateNis: UpdateNis,
): string {
  if (communesByNis.has(nisCode)) return nisCode;
  const update = updateNis(nisCode);
  if (update && communesByNis.has(update.to)) return update.to;
  throw new Error(`unknown commune code ${nisCode}`);
}

/**
 * A commune's name without the REFNIS homonym suffix: "Perwez (Nivelles)" → "Perwez",
 * "Saint-Nicolas (Liège)" → "Saint-Nicolas" (the suffix names the arrondissement).
 */
export function commonName(refnisName: string): string {
  return refnisName.replace(/\s+\([^)]*\)$/, '');
}

/** The commune named `name` (its REFNIS name or its common name), or undefined. */
export function communeNamed(
  name: string,
  communes: readonly CommuneRecord[],
): CommuneRecord | undefined {
  return communes.find(
    (commune) => commune.name_fr === name || commonName(commune.name_fr) === name,
  );
}

export const COMMUNES_SOURCE =
  'Statbel REFNIS codes and names (2025 communes: Bastogne 82003 + Bertogne 82005 merged into 82039), in ../shared/data/geo/wallonia_communes_2025.geojson (provenance: data/sources/SOURCES_geo.md)';

/**
 * One local authority per 2025 commune, named with the generic label "Commune de <name>"
 * (some are officially "Ville de …"; no source lists which). `formerNames` names the
 * pre-2025 codes of merged communes (from the CPAS list).
 */
export function buildCommunes(
  communes: readonly CommuneRecord[],
  formerNames: ReadonlyMap<string, string> = new Map(),
): Draft {
  const draft = emptyDraft();
  for (const commune of communes) {
    const name = commonName(commune.name_fr);
    const former = commune.merged_from.map((code) =>
      formerNames.has(code) ? `${formerNames.get(code)} (${code})` : code,
    );
    const merged =
      former.length > 0 ? `Formed on 1 January 2025 by the merger of ${former.join(' and ')}.` : '';
    draft.organizations.push(
      orgSpec({
        key: communeKey(commune.nis_code),
        name: `Commune de ${name}`,
        alternate_name: name === commune.name_fr ? '' : `Commune de ${commune.name_fr}`,
        org_type: 'local_authority',
        level: 'local',
        description: joinParts(
          [
            `The commune of ${name} (NIS ${commune.nis_code}; arrondissement of ${commune.arrondissement}, province of ${commune.province}).`,
            merged,
            '"Commune de …" is a generic label, not necessarily the official name (some communes are styled "Ville de …").',
          ],
          ' ',
        ),
        source: `derived: one local authority per commune — ${COMMUNES_SOURCE}`,
      }),
    );
  }
  return draft;
}
