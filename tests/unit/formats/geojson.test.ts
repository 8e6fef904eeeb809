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
