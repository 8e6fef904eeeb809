import { schemeYlGnBu, schemeYlOrRd } from 'd3-scale-chromatic';
import { ckmeans, equalIntervalBreaks, quantile } from 'simple-statistics';

/** How values are cut into classes for a choropleth. */
export const CLASS_METHODS = ['quantile', 'equal', 'jenks'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

export interface Classes {
  /** The bounds of each class: class i holds the values from bounds[i] to bounds[i + 1]. */
  bounds: number[];
  /** How many values each class holds. */
  counts: number[];
  /** How many values are unknown (shown apart, as "no data"). */
  noData: number;
}

/**
 * The classes of the known values (nulls and NaN are "no data"), at most `count` of them:
 * - quantile: about as many values in each class;
 * - equal: classes of equal width between the least and the greatest value;
 * - jenks: natural breaks (ckmeans, Wang & Song 2011, the optimal version of Jenks').
 * Fewer classes when there are fewer distinct values.
 */
export function classify(
  values: readonly (number | null)[],
  method: ClassMethod,
  count: number,
): Classes {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const noData = values.length - known.length;
  if (known.length === 0) return { bounds: [], counts: [], noData };
  const sorted = [...known].sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  const k = Math.max(1, Math.min(count, distinct));
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  let bounds: number[];
  if (k === 1) bounds = [min, max];
  else if (method === 'equal') bounds = equalIntervalBreaks(sorted, k);
  else if (method === 'quantile') {
    bounds = [min, ...Array.from({ length: k - 1 }, (_, i) => quantile(sorted, (i + 1) / k)), max];
  } else {
    const clusters = ckmeans(sorted, k);
    bounds = [min, ...clusters.slice(1).map((cluster) => cluster[0] ?? max), max];
  }
  bounds = bounds.filter(
    (bound, index) => index === 0 || bound > (bounds[index - 1] ?? Number.NEGATIVE_INFINITY),
  );
  if (bounds.length === 1) bounds.push(bounds[0] ?? 0);
  const counts = new Array<number>(bounds.length - 1).fill(0);
  for (const value of sorted) {
    const at = classOf(value, bounds);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return { bounds, counts, noData };
}

/** The class of a value: the last class whose lower bound it reaches (the top bound belongs to the top class). */
export function classOf(value: number, bounds: readonly number[]): number {
  const last = Math.max(0, bounds.length - 2);
  for (let index = last; index > 0; index -= 1) {
    if (value >= (bounds[index] ?? Number.POSITIVE_INFINITY)) return index;
  }
  return 0;
}

/**
 * The colours of `count` classes, light to dark, from ColorBrewer's sequential schemes (safe
 * for colour-blind readers and in grey): yellow–green–blue where more is better served,
 * yellow–orange–red where more is worse (a distance).
 */
export function classColors(count: number, worseIsMore: boolean): string[] {
  const scheme = worseIsMore ? schemeYlOrRd : schemeYlGnBu;
  if (count <= 0) return [];
  if (count < 3) return (scheme[3] ?? []).slice(3 - count).map(String);
  return [...(scheme[Math.min(count, 9)] ?? [])];
}

/** The colour of what no figure is known for: a grey apart from every scheme. */
export const NO_DATA_COLOR = '#d9d9d9';
