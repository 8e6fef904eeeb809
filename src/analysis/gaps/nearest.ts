import { around, distance } from 'geokdbush';
import type { GapInput } from './input';
import { pointIndex } from './supply_points';

/**
 * The straight-line distance (great circle, km) from each commune's point to the nearest
 * point where one of the sites stands (`supply`: what stands at each point); null for
 * every commune when none does.
 */
export function nearestDistances(input: GapInput, supply: Float64Array): (number | null)[] {
  const index = pointIndex(input);
  const any = supply.some((count) => count > 0);
  return input.communeCodes.map((_, commune) => {
    if (!index || !any) return null;
    const lon = input.communeLon[commune] ?? 0;
    const lat = input.communeLat[commune] ?? 0;
    const [nearest] = around(
      index,
      lon,
      lat,
      1,
      Number.POSITIVE_INFINITY,
      (point) => (supply[point] ?? 0) > 0,
    );
    if (nearest === undefined) return null;
    return distance(lon, lat, input.pointLon[nearest] ?? 0, input.pointLat[nearest] ?? 0);
  });
}
