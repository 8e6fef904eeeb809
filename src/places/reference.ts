import type { FeatureCollection } from 'geojson';
import { createGazetteer } from './gazetteer';
import type { Gazetteer, PostcodeInfo } from './types';

/** The columns of data/reference/postcodes.csv, in order. */
export const POSTCODE_COLUMNS = [
  'postal_code',
  'latitude',
  'longitude',
  'nis_codes',
  'locality',
  'source',
] as const;

/** Splits one CSV line (comma-separated; double quotes allowed around a field). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

/** Parses data/reference/postcodes.csv (header row first; columns found by name). */
export function parsePostcodesCsv(text: string): PostcodeInfo[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((name) => name.trim());
  const column = (name: string): number => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`postcodes.csv: missing column "${name}"`);
    return at;
  };
  const [code, lat, lon, nis] = [
    column('postal_code'),
    column('latitude'),
    column('longitude'),
    column('nis_codes'),
  ];
  const locality = header.indexOf('locality');
  const result: PostcodeInfo[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line);
    const postalCode = (fields[code] ?? '').trim();
    if (postalCode === '') continue;
    const latitude = Number.parseFloat(fields[lat] ?? '');
    const longitude = Number.parseFloat(fields[lon] ?? '');
    result.push({
      postal_code: postalCode,
      centroid:
        Number.isFinite(latitude) && Number.isFinite(longitude) ? [longitude, latitude] : null,
      nis_codes: (fields[nis] ?? '')
        .split('|')
        .map((value) => value.trim())
        .filter((value) => value !== ''),
      locality: locality < 0 ? '' : (fields[locality] ?? '').trim(),
    });
  }
  return result;
}

/** A gazetteer from the texts of data/reference/communes.geojson and postcodes.csv. */
export function gazetteerFromReference(
  communesJsonText: string,
  postcodesCsvText: string,
): Gazetteer {
  const communes = JSON.parse(communesJsonText) as FeatureCollection;
  if (communes?.type !== 'FeatureCollection' || !Array.isArray(communes.features)) {
    throw new Error('communes.geojson: not a GeoJSON FeatureCollection');
  }
  return createGazetteer({ communes, postcodes: parsePostcodesCsv(postcodesCsvText) });
}
