import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import type { IssueCode } from '../../../src/model/report';
import { createGazetteer } from '../../../src/places/gazetteer';
import { placeLocation } from '../../../src/places/place_location';
import type { Gazetteer, PlaceInput, Placement } from '../../../src/places/types';

const gazetteer = loadGazetteerSync();

function input(values: Partial<PlaceInput>): PlaceInput {
  return {
    latitude: '',
    longitude: '',
    x: '',
    y: '',
    crs: null,
    postal_code: '',
    city: '',
    nis_code: '',
    location_precision: '',
    ...values,
  };
}

const place = (values: Partial<PlaceInput>, on: Gazetteer = gazetteer): Placement =>
  placeLocation(input(values), on);

const codes = (placement: Placement): string[] =>
  placement.findings.map((finding) => `${finding.severity}:${finding.code}`);

function finding(placement: Placement, code: IssueCode) {
  const found = placement.findings.find((f) => f.code === code);
  expect(found, `finding ${code} in ${JSON.stringify(placement.findings)}`).toBeDefined();
  return found;
}

/** A point inside Namur (92094): Lambert 72 x 185000, y 128000. */
const NAMUR = { latitude: '50.461787', longitude: '4.861691' };

describe('placeLocation with coordinates', () => {
  it('keeps exact WGS84 coordinates and takes the commune from the point', () => {
    const placed = place(NAMUR);
    expect(placed).toEqual({
      latitude: 50.461787,
      longitude: 4.861691,
      location_precision: 'exact',
      nis_code: '92094',
      postal_code: '',
      city: 'Namur',
      findings: [],
    });
  });

  it('reads decimal commas, trims, and rounds to 6 decimals', () => {
    const placed = place({ latitude: ' 50,46178749 ', longitude: '4,8616911' });
    expect(placed).toMatchObject({ latitude: 50.461787, longitude: 4.861691, nis_code: '92094' });
    expect(placed.findings).toEqual([]);
  });

  it('swaps latitude and longitude given the wrong way round, with a warning', () => {
    const placed = place({ latitude: '4.861691', longitude: '50.461787' });
    expect(placed).toMatchObject({ latitude: 50.461787, longitude: 4.861691, nis_code: '92094' });
    expect(codes(placed)).toEqual(['warning:coordinates_swapped']);
    expect(finding(placed, 'coordinates_swapped')?.message).toContain('4.861691');
  });

  it('warns about unparsable coordinates and falls back to the postcode centroid', () => {
    const placed = place({ latitude: 'abc', longitude: '5.57', postal_code: ' 4000 ' });
    expect(codes(placed)).toEqual(['warning:invalid_coordinate']);
    expect(finding(placed, 'invalid_coordinate')).toMatchObject({ field: 'latitude' });
    expect(finding(placed, 'invalid_coordinate')?.message).toContain('abc');
    const [lon, lat] = gazetteer.postcode('4000')?.centroid ?? [];
    expect(placed).toMatchObject({
      latitude: lat,
      longitude: lon,
      location_precision: 'postcode',
      nis_code: '62063',
      postal_code: '4000',
      city: 'Liège',
    });
  });

  it('warns about out-of-range coordinates and falls back to the commune', () => {
    const placed = place({ latitude: '95', longitude: '4.8', city: 'Luik' });
    expect(codes(placed)).toEqual(['warning:invalid_coordinate']);
    expect(placed).toMatchObject({
      location_precision: 'commune',
      nis_code: '62063',
      city: 'Luik',
    });
    const [lon, lat] = gazetteer.communeByNis('62063')?.interior_point ?? [];
    expect([placed.longitude, placed.latitude]).toEqual([lon, lat]);
  });

  it('treats 0, 0 and a lone latitude as unusable', () => {
    expect(codes(place({ latitude: '0', longitude: '0', nis_code: '92094' }))).toEqual([
      'warning:invalid_coordinate',
    ]);
    const lone = place({ latitude: '50.46', nis_code: '92094' });
    expect(codes(lone)).toEqual(['warning:invalid_coordinate']);
    expect(lone.location_precision).toBe('commune');
  });

  it('keeps a point outside Wallonia, with a warning, and the commune the row names', () => {
    const paris = place({ latitude: '48.8566', longitude: '2.3522', postal_code: '5000' });
    expect(codes(paris)).toEqual(['warning:coordinates_outside_wallonia']);
    expect(paris).toMatchObject({
      latitude: 48.8566,
      longitude: 2.3522,
      location_precision: 'exact',
      nis_code: '92094',
      city: 'Namur',
    });
    const brussels = place({ latitude: '50.8466', longitude: '4.3517' });
    expect(codes(brussels)).toEqual(['warning:coordinates_outside_wallonia']);
    expect(brussels).toMatchObject({ nis_code: '', location_precision: 'exact' });
  });

  it('warns when the NIS code names another commune than the point, and trusts the point', () => {
    const placed = place({ ...NAMUR, nis_code: '62063' });
    expect(codes(placed)).toEqual(['warning:commune_mismatch']);
    const mismatch = finding(placed, 'commune_mismatch');
    expect(mismatch?.field).toBe('nis_code');
    expect(mismatch?.message).toContain('Liège');
    expect(mismatch?.message).toContain('Namur');
    expect(placed.nis_code).toBe('92094');
  });

  it('warns when the city or the postcode names another commune than the point', () => {
    const byCity = place({ ...NAMUR, city: 'Lüttich' });
    expect(finding(byCity, 'commune_mismatch')?.field).toBe('city');
    expect(byCity).toMatchObject({ nis_code: '92094', city: 'Lüttich' });
    const byPostcode = place({ ...NAMUR, postal_code: '4000' });
    expect(finding(byPostcode, 'commune_mismatch')?.field).toBe('postal_code');
    expect(byPostcode.nis_code).toBe('92094');
    expect(codes(place({ ...NAMUR, postal_code: '5000', city: 'Jambes' }))).toEqual([]);
  });

  it('warns when the city names another commune than the postcode and the point both give', () => {
    const dinant = gazetteer.communesByName('Dinant')[0];
    if (!dinant) throw new Error('the gazetteer knows Dinant');
    const [longitude, latitude] = dinant.interior_point;
    const placed = place({
      latitude: String(latitude),
      longitude: String(longitude),
      postal_code: '5500',
      city: 'Namur',
    });
    expect(placed.nis_code).toBe(dinant.nis_code);
    expect(codes(placed)).toEqual(['warning:commune_mismatch']);
    const mismatch = finding(placed, 'commune_mismatch');
    expect(mismatch?.field).toBe('city');
    expect(mismatch?.message).toContain('Namur');
    expect(mismatch?.message).toContain('the postcode and the point are in Dinant');
    expect(placed.city).toBe('Namur');
  });

  it('projects Lambert 72 x/y, given or detected', () => {
    for (const crs of ['EPSG:31370', null] as const) {
      const placed = place({ x: '185000', y: '128000', crs });
      expect(placed).toMatchObject({ nis_code: '92094', location_precision: 'exact' });
      expect(placed.latitude).toBeCloseTo(50.4618, 3);
      expect(placed.longitude).toBeCloseTo(4.8617, 3);
      expect(placed.findings).toEqual([]);
    }
  });

  it('projects Lambert 2008 x/y', () => {
    const placed = place({ x: '685000', y: '628000' });
    expect(placed.nis_code).toBe('92094');
    expect(placed.latitude).toBeCloseTo(50.4617, 3);
    expect(place({ x: '685000', y: '628000', crs: 'EPSG:3812' }).nis_code).toBe('92094');
  });

  it('reprojects Lambert values found in the latitude/longitude columns, with an info', () => {
    const declared = place({ latitude: '128000', longitude: '185000', crs: 'EPSG:31370' });
    expect(codes(declared)).toEqual(['info:coordinates_reprojected']);
    expect(declared.nis_code).toBe('92094');
    const detected = place({ latitude: '628000', longitude: '685000' });
    expect(codes(detected)).toEqual(['info:coordinates_reprojected']);
    expect(finding(detected, 'coordinates_reprojected')?.message).toContain('Lambert 2008');
    expect(detected.nis_code).toBe('92094');
  });

  it('warns about x/y that fit no known CRS', () => {
    const placed = place({ x: '-5', y: '9000000', postal_code: '5000' });
    expect(codes(placed)).toEqual(['warning:invalid_coordinate']);
    expect(placed.location_precision).toBe('postcode');
  });

  it('keeps a stated approximate precision, so an Atlas export reads back unchanged', () => {
    const first = place({ postal_code: '4800', city: 'Polleur', nis_code: '63079' });
    expect(first.location_precision).toBe('postcode');
    const again = place({
      latitude: String(first.latitude),
      longitude: String(first.longitude),
      postal_code: first.postal_code,
      city: first.city,
      nis_code: first.nis_code,
      location_precision: first.location_precision,
    });
    expect(again).toEqual(first);
  });
});

describe('placeLocation without coordinates', () => {
  it('uses the postcode centroid', () => {
    const placed = place({ postal_code: '4000' });
    expect(placed).toMatchObject({
      location_precision: 'postcode',
      nis_code: '62063',
      city: 'Liège',
    });
    expect(placed.findings).toEqual([]);
  });

  it('keeps the named commune when it shares the postcode', () => {
    const verviers = gazetteer.postcode('4800');
    expect(verviers?.nis_codes.length).toBeGreaterThan(1);
    for (const code of verviers?.nis_codes ?? []) {
      const placed = place({ postal_code: '4800', nis_code: code });
      expect(placed).toMatchObject({ nis_code: code, location_precision: 'postcode' });
      expect(placed.findings).toEqual([]);
    }
  });

  it('warns when the named commune is not one of the postcode, and places inside the named commune', () => {
    const placed = place({ postal_code: '4000', nis_code: '92094' });
    expect(codes(placed)).toEqual(['warning:commune_mismatch']);
    expect(placed).toMatchObject({ nis_code: '92094', location_precision: 'commune' });
    const pepinster = place({ postal_code: '4800', city: 'Pepinster' });
    expect(pepinster).toMatchObject({ city: 'Pepinster', nis_code: '63058' });
  });

  it('invents no commune for a postcode shared by several (4800: Theux and Verviers)', () => {
    const placed = place({ postal_code: '4800' });
    expect(codes(placed)).toEqual(['warning:unknown_commune']);
    expect(placed).toMatchObject({ nis_code: '', city: '', location_precision: 'postcode' });
    expect(placed.latitude).not.toBeNull();
    expect(place({ postal_code: '4800', city: 'Theux' }).nis_code).toBe('63076');
  });

  it('uses a point inside the commune when there is no postcode', () => {
    const placed = place({ nis_code: '92094' });
    expect(placed).toMatchObject({
      location_precision: 'commune',
      nis_code: '92094',
      city: 'Namur',
    });
    expect(gazetteer.communeAt(placed.longitude ?? 0, placed.latitude ?? 0)?.nis_code).toBe(
      '92094',
    );
  });

  it('updates a pre-2025 NIS code (Bastogne 82003 → 82039), with an info', () => {
    const placed = place({ nis_code: '82003' });
    expect(codes(placed)).toEqual(['info:nis_code_updated']);
    const info = finding(placed, 'nis_code_updated');
    expect(info?.field).toBe('nis_code');
    expect(info?.message).toContain('82003');
    expect(info?.message).toContain('82039');
    expect(info?.message).toContain('2025');
    expect(placed).toMatchObject({
      nis_code: '82039',
      city: 'Bastogne',
      location_precision: 'commune',
    });
    expect(place({ nis_code: '82005', city: 'Bertogne' })).toMatchObject({
      nis_code: '82039',
      city: 'Bertogne',
    });
  });

  it('updates a 2019 renumbering (Mouscron 54007 → 57096)', () => {
    const placed = place({ nis_code: '54007', postal_code: '7700' });
    expect(codes(placed)).toEqual(['info:nis_code_updated']);
    expect(finding(placed, 'nis_code_updated')?.message).toMatch(/54007.*57096.*2019/);
    expect(placed).toMatchObject({
      nis_code: '57096',
      location_precision: 'postcode',
      city: 'Mouscron',
    });
  });

  it('warns about malformed and unknown NIS codes and postcodes', () => {
    const malformed = place({ nis_code: '6206', postal_code: '4000' });
    expect(codes(malformed)).toEqual(['warning:invalid_value']);
    expect(malformed.nis_code).toBe('62063');
    const brussels = place({ nis_code: '21004', city: 'Namur' });
    expect(codes(brussels)).toEqual(['warning:unknown_commune']);
    expect(finding(brussels, 'unknown_commune')?.message).toContain('21004');
    expect(brussels.nis_code).toBe('92094');
    const unknownPostcode = place({ postal_code: '1000', city: 'Liège' });
    expect(codes(unknownPostcode)).toEqual(['warning:unknown_postcode']);
    expect(unknownPostcode).toMatchObject({ nis_code: '62063', location_precision: 'commune' });
    expect(place({ postal_code: 'B-4000' })).toMatchObject({
      postal_code: '4000',
      nis_code: '62063',
    });
  });

  it('leaves a site unplaced, with warnings, when its place facts are all unknown', () => {
    const placed = place({ city: 'Paris', postal_code: '75001' });
    expect(codes(placed)).toEqual([
      'warning:unknown_postcode',
      'warning:no_location',
      'warning:unknown_commune',
    ]);
    expect(finding(placed, 'no_location')?.message).toContain('Paris');
    expect(placed).toMatchObject({
      latitude: null,
      longitude: null,
      location_precision: '',
      nis_code: '',
      postal_code: '75001',
      city: 'Paris',
    });
    expect(codes(place({ city: 'Bruxelles' }))).toEqual([
      'warning:no_location',
      'warning:unknown_commune',
    ]);
  });

  it('rejects a row whose only place fact is unusable coordinates', () => {
    const placed = place({ latitude: 'x', longitude: 'y' });
    expect(codes(placed)).toEqual(['warning:invalid_coordinate', 'error:invalid_coordinate']);
    expect(placed.location_precision).toBe('');
    expect(codes(place({ x: '-5', y: '9000000' }))).toContain('error:invalid_coordinate');
  });

  it('returns an empty placement, without findings, when no place is given', () => {
    expect(place({ location_precision: 'exact' })).toEqual({
      latitude: null,
      longitude: null,
      location_precision: '',
      nis_code: '',
      postal_code: '',
      city: '',
      findings: [],
    });
  });
});

describe('placeLocation round trips', () => {
  it('reads back every postcode and every commune placement unchanged', () => {
    const first = [
      ...[...new Set(gazetteer.communes.map((c) => c.nis_code))].map((nis_code) =>
        place({ nis_code }),
      ),
    ];
    for (const code of ['4000', '5000', '6600', '7700', '1348', '5352', '5080', '6661']) {
      first.push(place({ postal_code: code }));
    }
    for (const placed of first) {
      expect(placed.findings).toEqual([]);
      const again = place({
        latitude: String(placed.latitude),
        longitude: String(placed.longitude),
        postal_code: placed.postal_code,
        city: placed.city,
        nis_code: placed.nis_code,
        location_precision: placed.location_precision,
      });
      expect(again).toEqual(placed);
    }
  });
});

describe('placeLocation near a commune border', () => {
  const square = (nis: string, name: string, west: number) => ({
    type: 'Feature' as const,
    properties: { nis_code: nis, name_fr: name, name_nl: '', name_de: '' },
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
    features: [square('11111', 'Aa', 3), square('22222', 'Bb', 4), square('33333', 'Bb', 5)],
  };
  const small = createGazetteer({
    communes,
    postcodes: [{ postal_code: '9999', centroid: [5.5, 50.5], nis_codes: ['33333'] }],
  });

  it('trusts the named commune for a point within about 250 m of it', () => {
    const placed = place({ latitude: '50.5', longitude: '3.999', nis_code: '22222' }, small);
    expect(placed).toMatchObject({ nis_code: '22222' });
    expect(placed.findings).toEqual([]);
  });

  it('uses the postcode to choose between communes of the same name', () => {
    expect(place({ city: 'Bb', postal_code: '9999' }, small).nis_code).toBe('33333');
    const ambiguous = place({ city: 'Bb' }, small);
    expect(codes(ambiguous)).toEqual(['warning:no_location', 'warning:unknown_commune']);
    expect(finding(ambiguous, 'unknown_commune')?.message).toContain('22222');
  });
});
