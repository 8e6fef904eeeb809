import { around } from 'geokdbush';
import type { GapInput } from './input';
import { communePoints, type SupplyPoints } from './supply_points';

/**
 * The two-step floating catchment area index (Luo & Wang 2003) of each commune:
 * 1. each supply point j (the sites standing at one point, S_j of them) shares its supply
 *    among the people within the catchment distance d0: R_j = S_j / Σ_{k: d_kj ≤ d0} P_k;
 * 2. a commune's access is the sum of the ratios of the points within d0 of it:
 *    A_i = Σ_{j: d_ij ≤ d0} R_j.
 * People are counted at their commune's point (P_k, from `demand`; a commune without a figure
 * counts none); distances are great-circle km. A point with nobody within d0 serves no one.
 * Null for a commune whose own figure is unknown. The result is in sites per person.
 */
export function twoStepAccess(
  input: GapInput,
  points: SupplyPoints,
  demand: Float64Array,
  catchmentKm: number,
): (number | null)[] {
  const communes = communePoints(input);
  const ratios = new Float64Array(points.count.length);
  for (let point = 0; point < points.count.length; point += 1) {
    let people = 0;
    for (const commune of around(
      communes,
      points.lon[point] ?? 0,
      points.lat[point] ?? 0,
      Number.POSITIVE_INFINITY,
      catchmentKm,
    )) {
      const figure = demand[commune] ?? Number.NaN;
      if (Number.isFinite(figure)) people += figure;
    }
    ratios[point] = people > 0 ? (points.count[point] ?? 0) / people : 0;
  }
  return input.communeCodes.map((_, commune) => {
    if (!Number.isFinite(demand[commune] ?? Number.NaN)) return null;
    if (!points.index) return 0;
    let sum = 0;
    for (const point of around(
      points.index,
      input.communeLon[commune] ?? 0,
      input.communeLat[commune] ?? 0,
      Number.POSITIVE_INFINITY,
      catchmentKm,
    )) {
      sum += ratios[point] ?? 0;
    }
    return sum;
  });
}
