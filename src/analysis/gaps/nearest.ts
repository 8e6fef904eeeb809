import { around, distance } from 'geokdbush';
import type { GapInput } from './input';
import type { SupplyPoints } from './supply_points';

/**
 * The straight-line distance (great circle, km) from each commune's point to the nearest of
 * the sites' points; null for every commune when there is none.
 */
export function nearestDistances(input: GapInput, points: SupplyPoints): (number | null)[] {
  return input.communeCodes.map((_, commune) => {
    if (!points.index) return null;
    const lon = input.communeLon[commune] ?? 0;
    const lat = input.communeLat[commune] ?? 0;
    const [nearest] = around(points.index, lon, lat, 1);
    if (nearest === undefined) return null;
    return distance(lon, lat, points.lon[nearest] ?? 0, points.lat[nearest] ?? 0);
  });
}
