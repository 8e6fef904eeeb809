import proj4 from 'proj4';
import type { Crs } from '../model/report';

/** Belgian Lambert 72 (BD72), with the 7-parameter shift to WGS84. */
export const EPSG_31370 =
  '+proj=lcc +lat_1=51.16666723333333 +lat_2=49.8333339 +lat_0=90 +lon_0=4.367486666666666 ' +
  '+x_0=150000.013 +y_0=5400088.438 +ellps=intl ' +
  '+towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs';

/** Belgian Lambert 2008 (ETRS89). */
export const EPSG_3812 =
  '+proj=lcc +lat_1=49.83333333333334 +lat_2=51.16666666666666 +lat_0=50.797815 ' +
  '+lon_0=4.359215833333333 +x_0=649328 +y_0=665262 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 ' +
  '+units=m +no_defs';

proj4.defs('EPSG:31370', EPSG_31370);
proj4.defs('EPSG:3812', EPSG_3812);

const converters = {
  'EPSG:31370': proj4('EPSG:31370', 'EPSG:4326'),
  'EPSG:3812': proj4('EPSG:3812', 'EPSG:4326'),
};

/** Projects x/y in `crs` to WGS84 [longitude, latitude]. EPSG:4326 input is returned as is. */
export function projectToWgs84(crs: Crs, x: number, y: number): [number, number] {
  if (crs === 'EPSG:4326') return [x, y];
  const [lon, lat] = converters[crs].forward([x, y]);
  return [lon ?? Number.NaN, lat ?? Number.NaN];
}

/** Projects WGS84 longitude/latitude to x/y in `crs` (used by tests and exports). */
export function projectFromWgs84(crs: Crs, longitude: number, latitude: number): [number, number] {
  if (crs === 'EPSG:4326') return [longitude, latitude];
  const [x, y] = converters[crs].inverse([longitude, latitude]);
  return [x ?? Number.NaN, y ?? Number.NaN];
}

const inRange = (value: number, min: number, max: number): boolean => value >= min && value <= max;

/** The CRS a single pair looks like, judged from Belgian value ranges; null when none fits. */
export function classifyPair(a: number, b: number): Crs | null {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const lonLat = (lon: number, lat: number) => inRange(lon, 2, 7) && inRange(lat, 49, 52);
  if (lonLat(a, b) || lonLat(b, a)) return 'EPSG:4326';
  if (inRange(a, 10_000, 300_000) && inRange(b, 10_000, 300_000)) return 'EPSG:31370';
  if (inRange(a, 500_000, 800_000) && inRange(b, 500_000, 800_000)) return 'EPSG:3812';
  return null;
}

/**
 * Detects the CRS of coordinate pairs from their ranges (WGS84 lon 2..7 / lat 49..52 in either
 * order; Lambert 72 x, y 10 000..300 000 (Belgium spans about
 * 18 000..297 000 by 24 000..245 000); Lambert 2008 x, y 500 000..800 000). Majority vote over the
 * pairs that fit one; null when none fits or the vote is tied.
 */
export function detectCrs(pairs: readonly (readonly [number, number])[]): Crs | null {
  const votes = new Map<Crs, number>();
  for (const [a, b] of pairs) {
    const crs = classifyPair(a, b);
    if (crs) votes.set(crs, (votes.get(crs) ?? 0) + 1);
  }
  let best: Crs | null = null;
  let bestCount = 0;
  let tied = false;
  for (const [crs, count] of votes) {
    if (count > bestCount) {
      best = crs;
      bestCount = count;
      tied = false;
    } else if (count === bestCount) {
      tied = true;
    }
  }
  return tied ? null : best;
}

/**
 * The CRS a name denotes: 'EPSG:31370', 'urn:ogc:def:crs:EPSG::31370',
 * 'http://www.opengis.net/def/crs/EPSG/0/3812', 'urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'...
 * Null when unknown.
 */
export function crsFromName(name: string): Crs | null {
  const text = name.trim().toUpperCase();
  if (text === '') return null;
  if (/(^|[:/])CRS:?84$/.test(text) || text === 'WGS84' || text === 'WGS 84') return 'EPSG:4326';
  const match = /EPSG(?::[\d.]*:|:|\/\d+\/)?(\d+)$/.exec(text);
  switch (match?.[1]) {
    case '4326':
      return 'EPSG:4326';
    case '31370':
      return 'EPSG:31370';
    case '3812':
      return 'EPSG:3812';
    default:
      return null;
  }
}
