import KDBush from 'kdbush';
import type { GapInput } from './input';

/**
 * The distinct points of a list of sites, each with how many of the sites stand there
 * (many sites share their commune's or postcode's point), indexed for nearest and radius
 * searches on the sphere (geokdbush). Sites without a point are left out.
 */
export interface SupplyPoints {
  index: KDBush | null;
  lon: Float64Array;
  lat: Float64Array;
  /** How many sites stand at each point. */
  count: Float64Array;
}

export function supplyPoints(input: GapInput, sites: Int32Array): SupplyPoints {
  const at = new Map<string, number>();
  const lon: number[] = [];
  const lat: number[] = [];
  const count: number[] = [];
  for (const site of sites) {
    const x = input.siteLon[site] ?? Number.NaN;
    const y = input.siteLat[site] ?? Number.NaN;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    const key = `${x},${y}`;
    const known = at.get(key);
    if (known !== undefined) {
      count[known] = (count[known] ?? 0) + 1;
      continue;
    }
    at.set(key, lon.length);
    lon.push(x);
    lat.push(y);
    count.push(1);
  }
  if (lon.length === 0) {
    return {
      index: null,
      lon: new Float64Array(),
      lat: new Float64Array(),
      count: new Float64Array(),
    };
  }
  const index = new KDBush(lon.length);
  for (let point = 0; point < lon.length; point += 1) index.add(lon[point] ?? 0, lat[point] ?? 0);
  index.finish();
  return {
    index,
    lon: Float64Array.from(lon),
    lat: Float64Array.from(lat),
    count: Float64Array.from(count),
  };
}

/** The communes' points, indexed the same way. */
export function communePoints(input: GapInput): KDBush {
  const index = new KDBush(input.communeCodes.length);
  for (let commune = 0; commune < input.communeCodes.length; commune += 1) {
    index.add(input.communeLon[commune] ?? 0, input.communeLat[commune] ?? 0);
  }
  index.finish();
  return index;
}
