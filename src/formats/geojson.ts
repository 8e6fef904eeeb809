import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { FlatAssembler } from '../import/assemble_flat';
import { ReportBuilder } from '../import/report_builder';
import type { Crs, Finding } from '../model/report';
import { crsFromName, detectCrs } from '../places/crs';
import { representativePoint } from '../places/representative_point';
import { decodeText } from '../text/decode';
import { FLAT_FIELD_ALIASES, resolveHeaders } from '../text/headers';
import { flatColumns, toFlatRows } from './flat_rows';
import type { FormatDriver, InputFile, ReadContext, ReadResult } from './types';

/**
 * GeoJSON: each feature is one flat row (properties named as flat columns, in any of the
 * accepted languages) placed at its point; a polygon counts by a point on its surface.
 * Coordinates in WGS84, or Belgian Lambert 72 / 2008 whether a `crs` member says so or
 * not (told then from the coordinate ranges). Export is RFC 7946: WGS84, no `crs`.
 */

/** What placing a feature by one point leaves out of its geometry, said to the user. */
function geometryFindings(geometry: Geometry | null): Finding[] {
  if (!geometry || geometry.type === 'Point') return [];
  if (geometry.type === 'MultiPoint') {
    const count = geometry.coordinates.length;
    return count > 1
      ? [
          {
            field: 'geometry',
            severity: 'warning',
            code: 'geometry_simplified',
            message: `A MultiPoint of ${count} points: only the first is kept as the site; give one feature per site`,
            variant: 'multiPoint',
            values: { points: count },
          },
        ]
      : [];
  }
  return [
    {
      field: 'geometry',
      severity: 'info',
      code: 'geometry_simplified',
      message: `A ${geometry.type}: the site is placed at a point on its surface`,
      values: { type: geometry.type },
    },
  ];
}

function featuresOf(json: unknown): Feature[] | null {
  if (typeof json !== 'object' || json === null) return null;
  const object = json as { type?: unknown; features?: unknown };
  if (object.type === 'FeatureCollection' && Array.isArray(object.features))
    return object.features as Feature[];
  if (object.type === 'Feature') return [json as Feature];
  return null;
}

function stated(json: unknown): Crs | null {
  const name = (json as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
  return typeof name === 'string' ? crsFromName(name) : null;
}

function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join('|');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function read(files: readonly InputFile[], context: ReadContext): ReadResult {
  const file = files[0];
  const report = new ReportBuilder(file?.path ?? '', 'geojson');
  const assembler = new FlatAssembler(context.gazetteer);
  if (!file) return { dataset: assembler.dataset(), report: report.build() };
  const decoded = decodeText(file.bytes);
  report.encoding = decoded.encoding;
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    report.addIssues([
      {
        file: file.path,
        row: null,
        field: null,
        severity: 'error',
        code: 'unreadable_file',
        message: `Not valid JSON: ${(error as Error).message}`,
      },
    ]);
    return { dataset: assembler.dataset(), report: report.build() };
  }
  const features = featuresOf(json);
  if (!features) {
    report.addIssues([
      {
        file: file.path,
        row: null,
        field: null,
        severity: 'error',
        code: 'unreadable_file',
        message: 'Not a GeoJSON Feature or FeatureCollection',
        variant: 'notGeojson',
        values: {},
      },
    ]);
    return { dataset: assembler.dataset(), report: report.build() };
  }
  const points = features.map((feature) => representativePoint(feature?.geometry ?? null));
  const sample = points.filter((point): point is Position => point !== null).slice(0, 200);
  const crs =
    stated(json) ??
    (sample.length > 0 ? detectCrs(sample.map(([x = 0, y = 0]) => [x, y])) : null) ??
    'EPSG:4326';
  report.crs = crs;
  const placed = new FlatAssembler(context.gazetteer, crs);
  /** The property each field was first read from, as the file names it. */
  const headers = new Map<string, string>();
  features.forEach((feature, index) => {
    const properties = (feature?.properties ?? {}) as Record<string, unknown>;
    const keys = Object.keys(properties);
    const { fields } = resolveHeaders(keys, FLAT_FIELD_ALIASES);
    const row: Record<string, string> = {};
    keys.forEach((key, column) => {
      const field = fields[column];
      if (field && row[field] === undefined) row[field] = propertyText(properties[key]);
      if (field && !headers.has(field)) headers.set(field, key);
    });
    const point = points[index];
    if (point) {
      const [x, y] = point.map(String);
      if (crs === 'EPSG:4326')
        Object.assign(row, { longitude: x ?? '', latitude: y ?? '', x: '', y: '' });
      else Object.assign(row, { x: x ?? '', y: y ?? '', longitude: '', latitude: '' });
    }
    const source = {
      get original() {
        return Object.fromEntries(keys.map((key) => [key, propertyText(properties[key])]));
      },
    };
    report.addRow(
      index + 1,
      [...geometryFindings(feature?.geometry ?? null), ...placed.addRow(row)],
      source,
    );
    if (context.onProgress && index % 5000 === 0) context.onProgress(index / features.length);
  });
  context.onProgress?.(1);
  report.addColumns([...headers].map(([field, header]) => ({ field, header })));
  return { dataset: placed.dataset(), report: report.build() };
}

export const geojsonDriver: FormatDriver = {
  id: 'geojson',
  detect: (files) =>
    files.length === 1 &&
    /\.(geo)?json$/i.test(files[0]?.path ?? '') &&
    !/datapackage\.json$/i.test(files[0]?.path ?? ''),
  read,
  write(dataset, options = {}) {
    const columns = flatColumns(options.includeInternal);
    const features: Feature<Point | null>[] = toFlatRows(dataset).map(({ row, location }) => {
      const properties = Object.fromEntries(columns.map((column) => [column, row[column]]));
      const hasPoint = location && location.latitude !== null && location.longitude !== null;
      return {
        type: 'Feature',
        id: `${row.service_id}/${row.location_id}`,
        geometry: hasPoint
          ? {
              type: 'Point',
              coordinates: [location.longitude as number, location.latitude as number],
            }
          : null,
        properties,
      };
    });
    const collection: FeatureCollection<Point | null> = { type: 'FeatureCollection', features };
    return [{ path: 'atlas.geojson', content: JSON.stringify(collection) }];
  },
};
