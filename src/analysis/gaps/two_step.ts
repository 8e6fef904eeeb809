import type { GapInput } from './input';
import { reachWithin } from './supply_points';

/**
 * The two-step floating catchment area index (Luo & Wang 2003) of each commune:
 * 1. each supply point j (the sites standing at one point, their supply S_j: `supply`) shares its
 *    supply among the people within the catchment distance d0: R_j = S_j / Σ_{k: d_kj ≤ d0} P_k;
 * 2. a commune's access is the sum of the ratios of the points within d0 of it:
 *    A_i = Σ_{j: d_ij ≤ d0} R_j.
 * People are counted at their commune's point (P_k, from `demand`; a commune without a figure
 * counts none); distances are great-circle km. A point with nobody within d0 serves no one.
 * Null for a commune whose own figure is unknown. The result is in supply (sites, or places) per person.
 */
export function twoStepAccess(
  input: GapInput,
  supply: Float64Array,
  demand: Float64Array,
  catchmentKm: number,
): (number | null)[] {
  const reach = reachWithin(input, catchmentKm);
  const ratios = new Float64Array(supply.length);
  for (let point = 0; point < supply.length; point += 1) {
    const offer = supply[point] ?? 0;
    if (offer === 0) continue;
    let people = 0;
    for (let at = reach.pointStart[point] ?? 0; at < (reach.pointStart[point + 1] ?? 0); at += 1) {
      const figure = demand[reach.pointCommunes[at] ?? 0] ?? Number.NaN;
      if (Number.isFinite(figure)) people += figure;
    }
    ratios[point] = people > 0 ? offer / people : 0;
  }
  return input.communeCodes.map((_, commune) => {
    if (!Number.isFinite(demand[commune] ?? Number.NaN)) return null;
    let sum = 0;
    for (
      let at = reach.communeStart[commune] ?? 0;
      at < (reach.communeStart[commune + 1] ?? 0);
      at += 1
    ) {
      sum += ratios[reach.communePoints[at] ?? 0] ?? 0;
    }
    return sum;
  });
}
