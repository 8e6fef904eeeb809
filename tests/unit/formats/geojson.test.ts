import { loadGazetteer } from '../../../scripts/lib/load_reference';
import { geojsonDriver } from '../../../src/formats/geojson';
import type { ReadResult } from '../../../src/formats/types';
import type { Gazetteer } from '../../../src/places/types';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function read(json: unknown): ReadResult {
  const bytes = new TextEncoder().encode(typeof json === 'string' ? json : JSON.stringify(json));
  return geojsonDriver.read([{ path: 'sites.geojson', bytes }], { gazetteer });
}

function collection(features: unknown[], crs?: string) {
  return {
    type: 'FeatureCollection',
    ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
    features,
  };
}

function point(coordinates: number[], properties: Record<string, unknown>) {
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties };
}

describe('GeoJSON import', () => {
  it('reads WGS84 points with French property names', () => {
    const result = read(
      collection([
        point([4.8667, 50.4669], { Nom: 'Permanence', Organisation: 'Org', Catégorie: 'Logement' }),
      ]),
    );
    expect(result.report).toMatchObject({ format: 'geojson', crs: 'EPSG:4326', accepted: 1 });
    expect(result.dataset.services[0]).toMatchObject({ name: 'Permanence', category: 'housing' });
    expect(result.dataset.locations[0]).toMatchObject({
      nis_code: '92094',
      location_precision: 'exact',
    });
  });

  it('reprojects Lambert 72 named in the crs member', () => {
    const result = read(
      collection(
        [point([185000, 128000], { name: 'A', organization: 'Org' })],
        'urn:ogc:def:crs:EPSG::31370',
      ),
    );
    expect(result.report.crs).toBe('EPSG:31370');
    const site = result.dataset.locations[0];
    expect(site?.nis_code).toBe('92094');
    expect(site?.latitude).toBeCloseTo(50.46, 1);
  });

  it('tells Lambert 2008 from the coordinate ranges when no crs member says so', () => {
    const result = read(collection([point([685000, 628000], { name: 'A', organization: 'Org' })]));
    expect(result.report.crs).toBe('EPSG:3812');
    expect(result.dataset.locations[0]?.nis_code).toBe('92094');
  });

  it('places a polygon by a point on its surface', () => {
    const ring = [
      [4.86, 50.46],
      [4.87, 50.46],
      [4.87, 50.47],
      [4.86, 50.47],
      [4.86, 50.46],
    ];
    const result = read(
      collection([
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [ring] },
          properties: { name: 'Zone', organization: 'Org' },
        },
      ]),
    );
    const site = result.dataset.locations[0];
    expect(site?.longitude).toBeGreaterThanOrEqual(4.86);
    expect(site?.longitude).toBeLessThanOrEqual(4.87);
    expect(site?.nis_code).toBe('92094');
  });

  it('names the feature number of a rejected feature and keeps the others', () => {
    const result = read(
      collection([point([4.8667, 50.4669], { name: 'A' }), point([4.8667, 50.4669], { name: '' })]),
    );
    expect(result.report).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ row: 2, code: 'missing_required' }),
    );
  });

  it('reports a file that is not JSON instead of throwing', () => {
    const result = read('{"type": "FeatureCollection", ');
    expect(result.report.issues[0]).toMatchObject({ code: 'unreadable_file', severity: 'error' });
  });
});

describe('GeoJSON export', () => {
  it('writes RFC 7946 points in WGS84 that read back the same', () => {
    const first = read(
      collection([
        point([4.8667, 50.4669], { name: 'A', organization: 'Org', languages: 'fr|uk' }),
      ]),
    );
    const [file] = geojsonDriver.write(first.dataset);
    const json = JSON.parse(String(file?.content));
    expect(json.type).toBe('FeatureCollection');
    expect(json.crs).toBeUndefined();
    expect(json.features[0].geometry).toEqual({ type: 'Point', coordinates: [4.8667, 50.4669] });
    expect(read(json).dataset).toEqual(first.dataset);
  });
});

describe('GeoJSON geometries that are not points', () => {
  it('says when a polygon is placed by a point on its surface, and when a MultiPoint loses points', () => {
    const ring = [
      [4.86, 50.46],
      [4.87, 50.46],
      [4.87, 50.47],
      [4.86, 50.46],
    ];
    const result = read(
      collection([
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [ring] },
          properties: { name: 'A' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [4.86, 50.46],
              [5.57, 50.64],
            ],
          },
          properties: { name: 'B' },
        },
      ]),
    );
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ row: 1, code: 'geometry_simplified', severity: 'info' }),
    );
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ row: 2, code: 'geometry_simplified', severity: 'warning' }),
    );
  });
});

describe('GeoJSON of the wrong shape', () => {
  const place = (name: string) => ({ name, organization: 'Org', postal_code: '5000' });

  it('names the feature and the field of coordinates that are not a position, and reads the others', () => {
    const result = read(
      collection([
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: 4.8675 },
          properties: place('S1'),
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: '4.8,50.4' },
          properties: place('S2'),
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: { x: 4.8 } },
          properties: place('S3'),
        },
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [[1, 2]] },
          properties: place('S4'),
        },
        { type: 'Feature', geometry: { type: 'Blob' }, properties: place('S5') },
        point([4.8667, 50.4669], { name: 'B', organization: 'Org' }),
      ]),
    );
    expect(result.report).toMatchObject({ rows: 6, accepted: 6, rejected: 0 });
    const problems = result.report.issues.filter((issue) => issue.code === 'invalid_geometry');
    expect(problems.map((issue) => [issue.row, issue.field, issue.severity])).toEqual([
      [1, 'geometry', 'warning'],
      [2, 'geometry', 'warning'],
      [3, 'geometry', 'warning'],
      [4, 'geometry', 'warning'],
      [5, 'geometry', 'warning'],
    ]);
    expect(problems[0]?.message).toContain('found a number (4.8675)');
    expect(problems[2]?.message).toContain('found an object');
    // Placed by the postcode they give, not at a point they do not.
    expect(result.dataset.locations[0]?.location_precision).toBe('postcode');
  });

  it('rejects a feature that is not an object, and ignores properties that are not one', () => {
    const result = read(
      collection([
        'a string',
        42,
        { type: 'Feature', geometry: null, properties: ['x'] },
        point([4.8667, 50.4669], { name: 'B', organization: 'Org' }),
      ]),
    );
    expect(result.report).toMatchObject({ rows: 4, accepted: 1, rejected: 3 });
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ row: 1, code: 'malformed_row', severity: 'error' }),
    );
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ row: 3, field: 'properties', code: 'invalid_value' }),
    );
  });

  it('reads a nested property as its JSON text, with a warning naming it', () => {
    const result = read(
      collection([point([4.8667, 50.4669], { name: 'A', organization: { name: 'Org' } })]),
    );
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ row: 1, field: 'organization', code: 'invalid_value' }),
    );
    expect(result.dataset.organizations[0]?.name).toBe('{"name":"Org"}');
  });

  it('refuses JSON nested deeper than the limit, naming it, rather than overflowing the stack', () => {
    const deep = `${'{"k":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const result = read(
      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":${deep}}}]}`,
    );
    expect(result.report.rows).toBe(0);
    expect(result.report.issues[0]).toMatchObject({ code: 'too_deeply_nested', severity: 'error' });
    expect(result.report.issues[0]?.message).toContain('64 levels');
  });

  it('rejects a feature whose property passes the limit of one value', () => {
    const result = read(
      collection([point([4.8667, 50.4669], { name: 'A', description: 'x'.repeat(100_001) })]),
    );
    expect(result.report).toMatchObject({ rows: 1, rejected: 1 });
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ row: 1, field: 'description', code: 'field_too_long' }),
    );
  });

  it('says an empty file is empty', () => {
    expect(read('').report.issues[0]).toMatchObject({ code: 'empty_file', severity: 'error' });
  });
});
