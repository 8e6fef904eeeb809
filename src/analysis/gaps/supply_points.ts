import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { GapInput } from './input';

/**
 * The sites' distinct points, indexed for nearest and radius searches on the sphere
 * (geokdbush), and which are within a catchment distance of which commune. Built once per
 * input (and distance) and kept: a change of the filters then only counts the sites at
 * each point.
 */

const indexes = new WeakMap<GapInput, KDBush | null>();

/** The index of the input's points (null when no site has a point). */
export function pointIndex(input: GapInput): KDBush | null {
  let index = indexes.get(input);
  if (index === undefined) {
    index = null;
    if (input.pointLon.length > 0) {
      index = new KDBush(input.pointLon.length);
      for (let point = 0; point < input.pointLon.length; point += 1) {
        index.add(input.pointLon[point] ?? 0, input.pointLat[point] ?? 0);
      }
      index.finish();
    }
    indexes.set(input, index);
  }
  return index;
}

/**
 * The supply at each point: each of the sites standing there counts its service's capacity
 * (its places) where a source gives one, else 1.
 */
export function pointSupply(input: GapInput, sites: Int32Array): Float64Array {
  const supply = new Float64Array(input.pointLon.length);
  for (const site of sites) {
    const point = input.sitePoint[site] ?? -1;
    if (point < 0) continue;
    const capacity = input.serviceCapacity[input.siteService[site] ?? 0] ?? Number.NaN;
    supply[point] = (supply[point] ?? 0) + (Number.isNaN(capacity) ? 1 : capacity);
  }
  return supply;
}

/**
 * Which points are within `km` of each commune's point, and which communes of each point
 * (the same pairs, read both ways), as lists of indices: `start[i]` to `start[i + 1]`.
 */
export interface Reach {
  communeStart: Int32Array;
  communePoints: Int32Array;
  pointStart: Int32Array;
  pointCommunes: Int32Array;
}

const reaches = new WeakMap<GapInput, Map<number, Reach>>();

export function reachWithin(input: GapInput, km: number): Reach {
  const byDistance = reaches.get(input) ?? new Map<number, Reach>();
  reaches.set(input, byDistance);
  const known = byDistance.get(km);
  if (known) return known;
  const index = pointIndex(input);
  const communeCount = input.communeCodes.length;
  const communeStart = new Int32Array(communeCount + 1);
  const pairs: number[] = [];
  const perPoint = new Int32Array(input.pointLon.length);
  for (let commune = 0; commune < communeCount; commune += 1) {
    communeStart[commune] = pairs.length;
    if (!index) continue;
    for (const point of around(
      index,
      input.communeLon[commune] ?? 0,
      input.communeLat[commune] ?? 0,
      Number.POSITIVE_INFINITY,
      km,
    )) {
      pairs.push(point);
      perPoint[point] = (perPoint[point] ?? 0) + 1;
    }
  }
  communeStart[communeCount] = pairs.length;
  const pointStart = new Int32Array(input.pointLon.length + 1);
  for (let point = 0; point < input.pointLon.length; point += 1) {
    pointStart[point + 1] = (pointStart[point] ?? 0) + (perPoint[point] ?? 0);
  }
  const filled = pointStart.slice(0, -1);
  const pointCommunes = new Int32Array(pairs.length);
  for (let commune = 0; commune < communeCount; commune += 1) {
    for (let at = communeStart[commune] ?? 0; at < (communeStart[commune + 1] ?? 0); at += 1) {
      const point = pairs[at] ?? 0;
      pointCommunes[filled[point] ?? 0] = commune;
      filled[point] = (filled[point] ?? 0) + 1;
    }
  }
  const reach = { communeStart, communePoints: Int32Array.from(pairs), pointStart, pointCommunes };
  byDistance.set(km, reach);
  return reach;
}
