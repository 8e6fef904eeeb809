import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { FlatAssembler } from '../import/assemble_flat';
import { ReportBuilder } from '../import/report_builder';
import { englishCount, LIMITS } from '../model/limits';
import type { Crs, Finding, Issue } from '../model/report';
import { crsFromName, detectCrs } from '../places/crs';
import { representativePoint } from '../places/representative_point';
import { decodeText, isUnreadable } from '../text/decode';
import { FLAT_FIELD_ALIASES, resolveHeaders } from '../text/headers';
import { describeValue, isPlainObject, parseJsonText, valueSnippet } from '../text/json_text';
import { flatColumns, toFlatRows } from './flat_rows';
import { geometryProblem, usableGeometry } from './geojson_shapes';
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

/** The features of a FeatureCollection, or a Feature alone; null when the JSON is neither. */
function featuresOf(json: unknown): unknown[] | null {
  if (!isPlainObject(json)) return null;
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) return json.features;
  if (json.type === 'Feature') return [json];
  return null;
}

function stated(json: unknown): Crs | null {
  const crs = isPlainObject(json) ? json.crs : undefined;
  const name = isPlainObject(crs) && isPlainObject(crs.properties) ? crs.properties.name : null;
  return typeof name === 'string' ? crsFromName(name) : null;
}

/** True for an object, or a list holding objects or lists: not a cell's text. */
function isNested(value: unknown): boolean {
  return (
    isPlainObject(value) ||
    (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null))
  );
}

/** A property's value as cell text: a list of values joined with '|', anything nested as JSON. */
function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isNested(value)) return JSON.stringify(value);
  if (Array.isArray(value))
    return value.map((item) => (item === null ? '' : String(item))).join('|');
  return String(value);
}

/** A feature read for its row: its properties as text, and what reading them found. */
interface FeatureRow {
  properties: Record<string, unknown>;
  geometry: Geometry | null;
  findings: Finding[];
}

/** Checks a feature's shape before it is used; what does not fit is said, field by field. */
function readFeature(feature: unknown, number: number): FeatureRow {
  const findings: Finding[] = [];
  if (!isPlainObject(feature)) {
    findings.push({
      field: null,
      severity: 'error',
      code: 'malformed_row',
      message: `Feature ${number} should be an object with a geometry and properties; found ${describeValue(feature)}`,
      variant: 'feature',
      values: { number, found: valueSnippet(feature) },
    });
    return { properties: {}, geometry: null, findings };
  }
  const problem = geometryProblem(feature.geometry);
  if (problem) {
    findings.push({
      field: 'geometry',
      severity: 'warning',
      code: 'invalid_geometry',
      message: `${problem.message}; the geometry is ignored and the site placed by its address, if it has one`,
      ...(problem.part > 0 ? { variant: 'part' } : {}),
      values: {
        type: problem.type || '—',
        found: valueSnippet(problem.found),
        fault: problem.fault,
        part: problem.part,
      },
    });
  }
  let properties: Record<string, unknown> = {};
  if (isPlainObject(feature.properties)) {
    properties = feature.properties;
  } else if (feature.properties !== null && feature.properties !== undefined) {
    findings.push({
      field: 'properties',
      severity: 'warning',
      code: 'invalid_value',
      message: `The properties should be an object of named values; found ${describeValue(feature.properties)}, which is ignored`,
      variant: 'properties',
      values: { found: valueSnippet(feature.properties) },
    });
  }
  for (const [key, value] of Object.entries(properties)) {
    if (!isNested(value)) continue;
    findings.push({
      field: key,
      severity: 'warning',
      code: 'invalid_value',
      message: `The property "${key}" holds ${describeValue(value)} of values where a text, a number or a list of them is expected; read as its JSON text`,
      variant: 'nestedProperty',
      values: { key },
    });
  }
  return { properties, geometry: usableGeometry(feature.geometry), findings };
}

/** The first property whose text passes the limit of one value, as an error. */
function longProperty(fields: Record<string, string>): Finding | null {
  for (const [field, value] of Object.entries(fields)) {
    if (value.length <= LIMITS.fieldCharacters) continue;
    return {
      field,
      severity: 'error',
      code: 'field_too_long',
      message: `This value holds ${englishCount(value.length)} characters, more than the ${englishCount(LIMITS.fieldCharacters)} the Atlas reads in one value; shorten it`,
      variant: 'value',
      values: { length: value.length, limit: LIMITS.fieldCharacters },
    };
  }
  return null;
}

function fileError(file: string, finding: Finding): Issue {
  return { ...finding, file, row: null };
}

function read(files: readonly InputFile[], context: ReadContext): ReadResult {
  const file = files[0];
  const report = new ReportBuilder(file?.path ?? '', 'geojson');
  const assembler = new FlatAssembler(context.gazetteer);
  const done = () => ({ dataset: assembler.dataset(), report: report.build() });
  if (!file) return done();
  const decoded = decodeText(file.bytes);
  report.encoding = decoded.encoding;
  report.addIssues(decoded.findings.map((finding) => fileError(file.path, finding)));
  if (isUnreadable(decoded)) return done();
  const parsed = parseJsonText(decoded.text);
  if (!parsed.ok) {
    report.addIssues([fileError(file.path, parsed.finding)]);
    return done();
  }
  const json = parsed.value;
  const features = featuresOf(json);
  if (!features) {
    report.addIssues([
      fileError(file.path, {
        field: null,
        severity: 'error',
        code: 'unreadable_file',
        message: 'Not a GeoJSON Feature or FeatureCollection (with a list of features)',
        variant: 'notGeojson',
        values: {},
      }),
    ]);
    return done();
  }
  if (features.length > LIMITS.rows) {
    report.addIssues([
      fileError(file.path, {
        field: null,
        severity: 'error',
        code: 'too_many_rows',
        message: `The file has ${englishCount(features.length)} features, more than the ${englishCount(LIMITS.rows)} the Atlas reads from one file: split it into several files`,
        variant: 'features',
        values: { count: features.length, limit: LIMITS.rows },
      }),
    ]);
    return done();
  }
  const rows = features.map((feature, index) => readFeature(feature, index + 1));
  const points = rows.map(({ geometry }) => representativePoint(geometry));
  const sample = points.filter((point): point is Position => point !== null).slice(0, 200);
  const crs =
    stated(json) ??
    (sample.length > 0 ? detectCrs(sample.map(([x = 0, y = 0]) => [x, y])) : null) ??
    'EPSG:4326';
  report.crs = crs;
  const placed = new FlatAssembler(context.gazetteer, crs);
  // Features mostly share their property names: each list is resolved once (resolving took
  // a third of a millisecond, most of the time of a 300,000-feature file).
  const resolved = new Map<string, (string | null)[]>();
  const fieldsOf = (keys: readonly string[]) => {
    const signature = keys.join('\u0000');
    let fields = resolved.get(signature);
    if (!fields) {
      fields = resolveHeaders(keys, FLAT_FIELD_ALIASES).fields;
      if (resolved.size < 1000) resolved.set(signature, fields);
    }
    return fields;
  };
  /** The property each field was first read from, as the file names it. */
  const headers = new Map<string, string>();
  rows.forEach(({ properties, geometry, findings }, index) => {
    const keys = Object.keys(properties);
    const texts: Record<string, string> = {};
    for (const key of keys) texts[key] = propertyText(properties[key]);
    const source = { original: texts };
    const long = longProperty(texts);
    if (findings.some((finding) => finding.severity === 'error') || long) {
      report.addRow(index + 1, long ? [...findings, long] : findings, source);
      return;
    }
    const fields = fieldsOf(keys);
    const row: Record<string, string> = {};
    keys.forEach((key, column) => {
      const field = fields[column];
      if (field && row[field] === undefined) row[field] = texts[key] ?? '';
      if (field && !headers.has(field)) headers.set(field, key);
    });
    const point = points[index];
    if (point) {
      const [x, y] = point.map(String);
      if (crs === 'EPSG:4326')
        Object.assign(row, { longitude: x ?? '', latitude: y ?? '', x: '', y: '' });
      else Object.assign(row, { x: x ?? '', y: y ?? '', longitude: '', latitude: '' });
    }
    report.addRow(
      index + 1,
      [...findings, ...geometryFindings(geometry), ...placed.addRow(row)],
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
