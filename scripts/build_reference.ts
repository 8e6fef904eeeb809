/**
 * Builds the gazetteer's reference data (data/reference/) from the shared geodata and postcode
 * tables ($ATLAS_SHARED_DATA, default ../shared/data):
 *
 *   npx tsx scripts/build_reference.ts
 *
 * - communes.geojson: the 261 communes of 1 Jan 2025 (properties nis_code, name_fr, name_nl,
 *   name_de ('' when unknown), arrondissement, province, population_2020);
 * - arrondissements.geojson, provinces.geojson: copied with their properties;
 *   all coordinates rounded to 5 decimals, features sorted by NIS code;
 * - postcodes.csv: one row per Walloon postcode of the bpost locality list, with its current
 *   (2025) NIS codes and a centroid from the OSM-geocoded file, or from GeoNames when the OSM
 *   point is missing or more than 5 km from every commune of the postcode.
 *
 * Checks the hard-coded NIS_UPDATES against the data, and every geometry with turf booleanValid.
 * Same inputs give byte-identical output. Exits 1 with a message on any problem.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanValid, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { currentNisCode, NIS_UPDATES } from '../src/places/nis_updates';
import { splitCsvLine } from '../src/places/reference';
import { foldName } from '../src/text/fold';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'data', 'reference');
const SHARED_DIR = resolve(ROOT, process.env.ATLAS_SHARED_DATA ?? '../shared/data');
/** An OSM centroid farther than this from every commune of its postcode is rejected. */
const QA_MAX_KM = 5;

type Row = Record<string, string>;
type Area = Feature<Polygon | MultiPolygon>;

function readCsv(path: string): Row[] {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  return lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields = splitCsvLine(line);
      if (fields.length !== header.length) throw new Error(`${path}: bad row: ${line}`);
      return Object.fromEntries(header.map((name, i) => [name, fields[i] ?? '']));
    });
}

function readGeoJson(path: string): FeatureCollection {
  return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
}

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
};

function roundPositions(value: unknown): unknown {
  if (typeof value === 'number') return round(value, 5);
  return Array.isArray(value) ? value.map(roundPositions) : value;
}

function roundArea(feature: Feature, properties: Record<string, unknown>): Area {
  const geometry = feature.geometry;
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
    throw new Error(`feature ${String(properties.nis_code)} is not a (multi)polygon`);
  }
  const rounded: Area = {
    type: 'Feature',
    properties,
    geometry: {
      type: geometry.type,
      coordinates: roundPositions(geometry.coordinates),
    } as Polygon | MultiPolygon,
  };
  if (!booleanValid(rounded)) throw new Error(`feature ${String(properties.nis_code)} is invalid`);
  return rounded;
}

function collection(source: FeatureCollection, features: Area[]): string {
  const extras = source as unknown as Record<string, unknown>;
  const sorted = [...features].sort((a, b) =>
    String(a.properties?.nis_code).localeCompare(String(b.properties?.nis_code)),
  );
  const out = {
    type: 'FeatureCollection',
    name: extras.name,
    vintage: extras.vintage,
    attribution: extras.attribution,
    features: sorted,
  };
  // One feature per line: small diffs, still compact.
  const head = JSON.stringify({ ...out, features: [] }).replace(/\[\]\}$/, '');
  return `${head}[\n${sorted.map((feature) => JSON.stringify(feature)).join(',\n')}\n]}\n`;
}

function buildCommunes(): { text: string; areas: Map<string, Area> } {
  const source = readGeoJson(join(SHARED_DIR, 'geo', 'wallonia_communes_2025.geojson'));
  const areas = new Map<string, Area>();
  for (const feature of source.features) {
    const p = feature.properties ?? {};
    const properties = {
      nis_code: String(p.nis_code),
      name_fr: String(p.name_fr ?? ''),
      name_nl: String(p.name_nl ?? ''),
      name_de: p.name_de == null ? '' : String(p.name_de),
      arrondissement: String(p.arrondissement ?? ''),
      province: String(p.province ?? ''),
      population_2020: typeof p.population_2020 === 'number' ? p.population_2020 : null,
    };
    if (!/^\d{5}$/.test(properties.nis_code)) throw new Error(`bad NIS ${properties.nis_code}`);
    areas.set(properties.nis_code, roundArea(feature, properties));
  }
  if (areas.size !== 261) throw new Error(`expected 261 communes, got ${areas.size}`);
  return { text: collection(source, [...areas.values()]), areas };
}

function copyAreas(file: string): string {
  const source = readGeoJson(join(SHARED_DIR, 'geo', file));
  return collection(
    source,
    source.features.map((feature) => roundArea(feature, { ...(feature.properties ?? {}) })),
  );
}

/** Checks NIS_UPDATES against the data: same names across the 2018 and 2019 lists; 2025 merger. */
function checkNisUpdates(current: Map<string, Area>): void {
  const old = readCsv(join(SHARED_DIR, 'services', 'wallonia_communes_nis.csv'));
  const c2019 = readGeoJson(join(SHARED_DIR, 'geo', 'wallonia_communes_2019-2024.geojson'));
  const codes2019 = new Map<string, string>();
  for (const feature of c2019.features) {
    codes2019.set(
      foldName(String(feature.properties?.name_fr)),
      String(feature.properties?.nis_code),
    );
  }
  const derived: string[] = [];
  for (const row of old) {
    const nis = row.nis ?? '';
    if ([...codes2019.values()].includes(nis)) continue;
    const to = codes2019.get(foldName(row.commune ?? ''));
    if (!to) throw new Error(`no 2019 code for ${nis} ${row.commune}`);
    derived.push(`${nis}>${to}:renumbered_2019`);
  }
  const c2025 = readGeoJson(join(SHARED_DIR, 'geo', 'wallonia_communes_2025.geojson'));
  for (const feature of c2025.features) {
    const merged = feature.properties?.merged_from;
    if (Array.isArray(merged)) {
      for (const from of merged) {
        derived.push(`${from}>${feature.properties?.nis_code}:merged_2025`);
      }
    }
  }
  const listed = NIS_UPDATES.map((u) => `${u.from}>${u.to}:${u.reason}`).sort();
  const found = [...new Set(derived)].sort();
  if (listed.join() !== found.join()) {
    throw new Error(`NIS_UPDATES differs from the data:\n listed ${listed}\n found  ${found}`);
  }
  for (const update of NIS_UPDATES) {
    if (!current.has(update.to)) throw new Error(`NIS update target ${update.to} is not current`);
  }
}

interface Candidate {
  name: string;
  position: Position;
  source: 'osm' | 'geonames';
}

function toCandidates(rows: Row[], source: Candidate['source']): Candidate[] {
  return rows
    .map((row) => ({ name: row.name ?? '', position: [Number(row.lon), Number(row.lat)], source }))
    .filter(({ position }) => position.every((value) => Number.isFinite(value)));
}

/**
 * The points to try for a postcode, best first: for each locality name (the main locality of
 * the bpost list first, then its other localities, then any other name in the files), the OSM
 * point, then the GeoNames point.
 */
function candidates(localityNames: string[], osmRows: Row[], geonamesRows: Row[]): Candidate[] {
  const osm = toCandidates(osmRows, 'osm');
  const geonames = toCandidates(geonamesRows, 'geonames');
  const names = [
    ...new Set(
      [...localityNames, ...osm.map((c) => c.name), ...geonames.map((c) => c.name)].map(foldName),
    ),
  ];
  return names.flatMap((key) => [
    ...osm.filter((candidate) => foldName(candidate.name) === key),
    ...geonames.filter((candidate) => foldName(candidate.name) === key),
  ]);
}

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const value = row[key] ?? '';
    groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  return groups;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function buildPostcodes(areas: Map<string, Area>): { text: string; stats: string[] } {
  const localities = groupBy(
    readCsv(join(SHARED_DIR, 'services', 'wallonia_postcode_localities_nis.csv')),
    'postcode',
  );
  const osm = groupBy(
    readCsv(join(SHARED_DIR, 'services', 'be_postcode_centroids_osm.csv')),
    'postcode',
  );
  const geonames = groupBy(
    readCsv(join(SHARED_DIR, 'services', 'be_postcode_centroids_geonames.csv')),
    'postcode',
  );
  const allAreas = [...areas.values()];
  const counts = { osm: 0, geonames: 0, none: 0, noNis: 0 };
  const rejected: string[] = [];
  const lines = ['postal_code,latitude,longitude,nis_codes,locality,source'];
  for (const postcode of [...localities.keys()].sort()) {
    const rows = localities.get(postcode) ?? [];
    const nisCodes = [
      ...new Set(rows.map((row) => currentNisCode(row.nis ?? '')).filter((code) => code !== '')),
    ].sort();
    for (const code of nisCodes) {
      if (!areas.has(code)) throw new Error(`postcode ${postcode}: unknown NIS ${code}`);
    }
    if (nisCodes.length === 0) counts.noNis++;
    const main = (rows.find((row) => row.is_sub_municipality === 'no') ?? rows[0])?.locality ?? '';
    const near = nisCodes.length > 0 ? nisCodes.map((code) => areas.get(code) as Area) : allAreas;
    const passes = ({ position }: Candidate): boolean =>
      near.some(
        (area) => pointToPolygonDistance(position, area, { units: 'kilometers' }) <= QA_MAX_KM,
      );
    const localityNames = [main, ...rows.map((row) => row.locality ?? '')];
    const all = candidates(localityNames, osm.get(postcode) ?? [], geonames.get(postcode) ?? []);
    const chosen = all.find(passes);
    const first = all[0];
    if (first && chosen !== first) {
      rejected.push(
        `${postcode} ${first.name} (${first.source}) → ${chosen ? `${chosen.name} (${chosen.source})` : 'none'}`,
      );
    }
    const source = chosen?.source ?? '';
    counts[chosen?.source ?? 'none']++;
    const [lon, lat] = chosen?.position ?? [];
    lines.push(
      [
        postcode,
        lat === undefined ? '' : String(round(lat, 6)),
        lon === undefined ? '' : String(round(lon, 6)),
        nisCodes.join('|'),
        chosen?.name ?? main,
        source,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return {
    text: `${lines.join('\n')}\n`,
    stats: [
      `postcodes: ${lines.length - 1} (centroid from OSM ${counts.osm}, GeoNames ${counts.geonames}, none ${counts.none})`,
      `first-choice point missing or more than ${QA_MAX_KM} km away: ${rejected.length}`,
      ...rejected.map((line) => `  ${line}`),
      `postcodes with no NIS code: ${counts.noNis}`,
    ],
  };
}

function main(): void {
  const communes = buildCommunes();
  checkNisUpdates(communes.areas);
  const postcodes = buildPostcodes(communes.areas);
  mkdirSync(OUT_DIR, { recursive: true });
  const outputs: [string, string][] = [
    ['communes.geojson', communes.text],
    ['arrondissements.geojson', copyAreas('wallonia_arrondissements.geojson')],
    ['provinces.geojson', copyAreas('wallonia_provinces.geojson')],
    ['postcodes.csv', postcodes.text],
  ];
  for (const [file, text] of outputs) {
    writeFileSync(join(OUT_DIR, file), text);
    console.log(`wrote data/reference/${file} (${Buffer.byteLength(text)} bytes)`);
  }
  for (const line of postcodes.stats) console.log(line);
}

try {
  main();
} catch (error: unknown) {
  console.error(`build_reference: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
