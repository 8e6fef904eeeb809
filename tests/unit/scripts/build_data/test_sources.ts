import { join, resolve } from 'node:path';
import type { PlaceTools, SourceTables } from '../../../../scripts/build_data/build_dataset';
import type { CommuneRecord } from '../../../../scripts/build_data/communes';
import { readSourceTables } from '../../../../scripts/build_data/read_sources';
import type { PlaceInput, Placement } from '../../../../src/places/types';

/** The source copies the build reads (data/sources). */
export const SOURCES_DIR = resolve(join(import.meta.dirname, '../../../../data/sources'));

/** The real source tables, read afresh for each caller. */
export function realTables(): SourceTables {
  return readSourceTables(SOURCES_DIR);
}

/** Code updates as listed in geo/SOURCES.md (2019 renumbering, 2025 merger). */
const UPDATES: Record<string, string> = {
  '52043': '55086',
  '52063': '55085',
  '54007': '57096',
  '54010': '57097',
  '55010': '51067',
  '55022': '58001',
  '55023': '51069',
  '55039': '51068',
  '56011': '58002',
  '56085': '58003',
  '56087': '58004',
  '82003': '82039',
  '82005': '82039',
};

/**
 * Stand-ins for the gazetteer: code updates from the table above, and a placement that
 * puts a site with coordinates there ('exact'), one with a commune code at a fixed point
 * ('commune'), and leaves the others unplaced with a warning.
 */
export const FAKE_TOOLS: PlaceTools = {
  updateNis: (nisCode) => {
    const to = UPDATES[nisCode];
    return to
      ? { from: nisCode, to, reason: nisCode.startsWith('82') ? 'merged_2025' : 'renumbered_2019' }
      : undefined;
  },
  place: (input: PlaceInput): Placement => {
    const base = { postal_code: input.postal_code, city: input.city, findings: [] };
    if (input.latitude && input.longitude) {
      return {
        ...base,
        latitude: Number(input.latitude),
        longitude: Number(input.longitude),
        location_precision: 'exact',
        nis_code: '',
      };
    }
    const nis = UPDATES[input.nis_code] ?? input.nis_code;
    if (nis)
      return {
        ...base,
        latitude: 50.5,
        longitude: 4.5,
        location_precision: 'commune',
        nis_code: nis,
      };
    return {
      ...base,
      latitude: null,
      longitude: null,
      location_precision: '',
      nis_code: '',
      findings: [
        { field: 'city', severity: 'warning', code: 'unknown_commune', message: 'not found' },
      ],
    };
  },
};

/** A small commune list for unit cases. */
export function commune(
  nis: string,
  name: string,
  extra: Partial<CommuneRecord> = {},
): CommuneRecord {
  return {
    nis_code: nis,
    name_fr: name,
    arrondissement: 'Bastogne',
    arrondissement_nis: '82000',
    province: 'Luxembourg',
    province_nis: '80000',
    population_2020: 1000,
    merged_from: [],
    ...extra,
  };
}
