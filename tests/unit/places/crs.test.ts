import { describe, expect, it } from 'vitest';
import {
  classifyPair,
  crsFromName,
  detectCrs,
  projectFromWgs84,
  projectToWgs84,
} from '../../../src/places/crs';

describe('projectToWgs84', () => {
  it('projects Belgian Lambert 72 x 185000, y 128000 to Namur (about 4.86 E, 50.46 N)', () => {
    const [lon, lat] = projectToWgs84('EPSG:31370', 185000, 128000);
    expect(lon).toBeCloseTo(4.8617, 3);
    expect(lat).toBeCloseTo(50.4618, 3);
  });

  it('places Lambert 2008 about 500 km east and north of Lambert 72', () => {
    const [lon72, lat72] = projectToWgs84('EPSG:31370', 185000, 128000);
    const [x08, y08] = projectFromWgs84('EPSG:3812', lon72, lat72);
    expect(Math.abs(x08 - 685000)).toBeLessThan(20);
    expect(Math.abs(y08 - 628000)).toBeLessThan(20);
  });

  it('round-trips through each projected CRS', () => {
    for (const crs of ['EPSG:31370', 'EPSG:3812'] as const) {
      const [x, y] = projectFromWgs84(crs, 5.5734, 50.6451);
      const [lon, lat] = projectToWgs84(crs, x, y);
      expect(lon).toBeCloseTo(5.5734, 7);
      expect(lat).toBeCloseTo(50.6451, 7);
    }
  });

  it('returns WGS84 input unchanged', () => {
    expect(projectToWgs84('EPSG:4326', 4.8, 50.4)).toEqual([4.8, 50.4]);
  });
});

describe('detectCrs', () => {
  it('recognises WGS84 in either order', () => {
    expect(detectCrs([[4.86, 50.46]])).toBe('EPSG:4326');
    expect(detectCrs([[50.46, 4.86]])).toBe('EPSG:4326');
  });

  it('recognises Lambert 72 and Lambert 2008 ranges', () => {
    expect(detectCrs([[185000, 128000]])).toBe('EPSG:31370');
    expect(detectCrs([[685000, 628000]])).toBe('EPSG:3812');
  });

  it('takes the majority and ignores pairs that fit nothing', () => {
    expect(
      detectCrs([
        [185000, 128000],
        [150000, 170000],
        [4.8, 50.4],
        [-1e9, 3],
      ]),
    ).toBe('EPSG:31370');
  });

  it('returns null when nothing fits or the vote is tied', () => {
    expect(detectCrs([])).toBeNull();
    expect(detectCrs([[-1000, 1e7]])).toBeNull();
    expect(
      detectCrs([
        [4.8, 50.4],
        [185000, 128000],
      ]),
    ).toBeNull();
    expect(classifyPair(Number.NaN, 50)).toBeNull();
    expect(classifyPair(4.8, 95)).toBeNull();
  });
});

describe('crsFromName', () => {
  it('understands EPSG codes, OGC URNs and CRS84', () => {
    expect(crsFromName('EPSG:31370')).toBe('EPSG:31370');
    expect(crsFromName('urn:ogc:def:crs:EPSG::31370')).toBe('EPSG:31370');
    expect(crsFromName('urn:ogc:def:crs:EPSG:6.6:3812')).toBe('EPSG:3812');
    expect(crsFromName('EPSG:3812')).toBe('EPSG:3812');
    expect(crsFromName('http://www.opengis.net/def/crs/EPSG/0/31370')).toBe('EPSG:31370');
    expect(crsFromName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('EPSG:4326');
    expect(crsFromName('EPSG:4326')).toBe('EPSG:4326');
    expect(crsFromName('epsg:4326')).toBe('EPSG:4326');
  });

  it('returns null for other or empty names', () => {
    expect(crsFromName('EPSG:2154')).toBeNull();
    expect(crsFromName('')).toBeNull();
    expect(crsFromName('Lambert')).toBeNull();
  });
});
