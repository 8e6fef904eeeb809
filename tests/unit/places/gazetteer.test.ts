import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { createGazetteer } from '../../../src/places/gazetteer';
import { parsePostcodesCsv, splitCsvLine } from '../../../src/places/reference';

const REFERENCE = join(import.meta.dirname, '..', '..', '..', 'data', 'reference');

describe('the reference gazetteer', () => {
  const gazetteer = loadGazetteerSync();

  it('holds the 261 communes of 2025', () => {
    expect(gazetteer.communes).toHaveLength(261);
    expect(gazetteer.communeByNis('82039')).toMatchObject({ name_fr: 'Bastogne', name_de: '' });
    expect(gazetteer.communeByNis('82003')).toBeUndefined();
  });

  it('finds Liège (62063) by its French, Dutch and German names, with or without accents', () => {
    for (const name of ['Liège', 'liege', 'LIÈGE', 'Luik', 'Lüttich', 'Luttich']) {
      expect(
        gazetteer.communesByName(name).map((c) => c.nis_code),
        name,
      ).toEqual(['62063']);
    }
    expect(gazetteer.communesByName("Braine l'Alleud").map((c) => c.nis_code)).toEqual(['25014']);
    expect(gazetteer.communesByName('Paris')).toEqual([]);
  });

  it('finds the commune containing a point', () => {
    expect(gazetteer.communeAt(4.8617, 50.4618)?.nis_code).toBe('92094');
    expect(gazetteer.communeAt(5.5734, 50.6451)?.name_fr).toBe('Liège');
    expect(gazetteer.communeAt(4.3517, 50.8466)).toBeUndefined();
    expect(gazetteer.communeAt(Number.NaN, 50)).toBeUndefined();
  });

  it('gives each commune an interior point that lies inside it', () => {
    for (const commune of gazetteer.communes) {
      const [lon, lat] = commune.interior_point;
      expect(gazetteer.communeAt(lon, lat)?.nis_code, commune.nis_code).toBe(commune.nis_code);
    }
  });

  it('knows postcodes, their centroids and current NIS codes', () => {
    expect(gazetteer.postcode('4000')).toMatchObject({ nis_codes: ['62063'] });
    expect(gazetteer.postcode('4000')?.centroid).not.toBeNull();
    expect(gazetteer.postcode('7700')?.nis_codes).toEqual(['57096']);
    expect(gazetteer.postcode('6600')?.nis_codes).toContain('82039');
    expect(gazetteer.postcode('1000')).toBeUndefined();
  });

  it('tells when a point is near Wallonia', () => {
    expect(gazetteer.isNearWallonia(4.86, 50.46)).toBe(true);
    expect(gazetteer.isNearWallonia(2.35, 48.86)).toBe(false);
    expect(gazetteer.isNearWallonia(4.4, 51.2)).toBe(false);
  });

  it('loads once per data folder', async () => {
    expect(await loadGazetteer()).toBe(gazetteer);
  });
});

describe('data/reference/postcodes.csv', () => {
  const gazetteer = loadGazetteerSync();
  const rows = parsePostcodesCsv(readFileSync(join(REFERENCE, 'postcodes.csv'), 'utf8'));

  it('has one row per Walloon postcode, with current NIS codes and a centroid in Wallonia', () => {
    expect(rows.length).toBe(605);
    expect(new Set(rows.map((row) => row.postal_code)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.postal_code).toMatch(/^\d{4}$/);
      for (const code of row.nis_codes) expect(gazetteer.communeByNis(code), code).toBeDefined();
      const [lon = 0, lat = 0] = row.centroid ?? [];
      expect(gazetteer.isNearWallonia(lon, lat), row.postal_code).toBe(true);
    }
  });

  it('uses GeoNames for the OSM points the sources flag as far off (e.g. 5080 La Bruyère)', () => {
    const text = readFileSync(join(REFERENCE, 'postcodes.csv'), 'utf8');
    expect(text).toMatch(/^5080,.*,geonames$/m);
    const bruyere = gazetteer.postcode('5080');
    const [lon = 0, lat = 0] = bruyere?.centroid ?? [];
    expect(gazetteer.communeAt(lon, lat)?.nis_code).toBe(bruyere?.nis_codes[0]);
  });
});

describe('parsePostcodesCsv', () => {
  it('reads columns by name, empty centroids, pipe-joined codes and the locality', () => {
    const text =
      'postal_code,latitude,longitude,nis_codes,locality,source\r\n' +
      '4800,50.59,5.86,63076|63079,Verviers,osm\r\n' +
      '1348,,,,"Louvain-la-Neuve, ""LLN""",\r\n\r\n';
    expect(parsePostcodesCsv(text)).toEqual([
      {
        postal_code: '4800',
        centroid: [5.86, 50.59],
        nis_codes: ['63076', '63079'],
        locality: 'Verviers',
      },
      {
        postal_code: '1348',
        centroid: null,
        nis_codes: [],
        locality: 'Louvain-la-Neuve, "LLN"',
      },
    ]);
    expect(splitCsvLine('a,"b,c",""')).toEqual(['a', 'b,c', '']);
    expect(() => parsePostcodesCsv('code,lat\n')).toThrow(/postal_code/);
  });
});

describe('createGazetteer', () => {
  const square = (nis: string, name: string, west: number) => ({
    type: 'Feature' as const,
    properties: { nis_code: nis, name_fr: name, name_nl: '', name_de: null },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [west, 50],
          [west + 1, 50],
          [west + 1, 51],
          [west, 51],
          [west, 50],
        ],
      ],
    },
  });
  const communes: FeatureCollection = {
    type: 'FeatureCollection',
    features: [square('11111', 'Saint-Aa', 3), square('22222', 'Saint Aa', 4)],
  };
  const gazetteer = createGazetteer({ communes, postcodes: [] });

  it('returns every commune sharing a folded name', () => {
    expect(gazetteer.communesByName('saint aa').map((c) => c.nis_code)).toEqual(['11111', '22222']);
    expect(gazetteer.communeByNis('22222')?.name_de).toBe('');
  });

  it('indexes polygons and pads the bounding box by 0.1°', () => {
    expect(gazetteer.communeAt(3.5, 50.5)?.nis_code).toBe('11111');
    expect(gazetteer.communeAt(4.5, 50.5)?.nis_code).toBe('22222');
    expect(gazetteer.communeAt(5.5, 50.5)).toBeUndefined();
    expect(gazetteer.isNearWallonia(5.05, 51.05)).toBe(true);
    expect(gazetteer.isNearWallonia(5.15, 50.5)).toBe(false);
  });

  it('refuses a source without communes', () => {
    expect(() =>
      createGazetteer({ communes: { type: 'FeatureCollection', features: [] }, postcodes: [] }),
    ).toThrow();
  });
});
