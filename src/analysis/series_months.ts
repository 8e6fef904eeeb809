import { monthRange, monthsOfPeriod, type SeriesIndex } from './series';

/**
 * An indicator's figures per commune and month, as the time slider plays them: a value for
 * each commune and each month from the first month a commune has a figure for to the last.
 * A figure holds for every month its period covers (a quarter three, a year twelve); of two
 * figures covering one month, the later dated holds. No figure is carried over a month
 * none covers: that month is "no data" for the commune.
 */
export interface MonthGrid {
  indicator: string;
  /** Every month from the first to the last, YYYY-MM. */
  months: string[];
  /** The communes, in the order given. */
  codes: string[];
  /** The value of commune c at month m is values[c * months.length + m]; NaN where none is known. */
  values: Float64Array;
}

/** The grid of an indicator over the communes given; null when none of them has a dated figure of it. */
export function monthGrid(
  index: SeriesIndex,
  indicator: string,
  communeCodes: readonly string[],
): MonthGrid | null {
  const places = index.get(indicator);
  if (!places) return null;
  let first = '';
  let last = '';
  const covered: { commune: number; months: string[]; value: number }[] = [];
  communeCodes.forEach((code, commune) => {
    for (const point of places.get(code)?.points ?? []) {
      const months = monthsOfPeriod(point.date);
      const [start] = months;
      const end = months.at(-1);
      if (!start || !end) continue;
      if (!first || start < first) first = start;
      if (!last || end > last) last = end;
      covered.push({ commune, months, value: point.value });
    }
  });
  if (!first) return null;
  const months = monthRange(first, last);
  const at = new Map(months.map((month, position) => [month, position]));
  const values = new Float64Array(communeCodes.length * months.length).fill(Number.NaN);
  // The points are in date order within a commune: a later figure overwrites an earlier one.
  for (const { commune, months: its, value } of covered) {
    for (const month of its) {
      const position = at.get(month);
      if (position !== undefined) values[commune * months.length + position] = value;
    }
  }
  return { indicator, months, codes: [...communeCodes], values };
}

/** Each commune's value at one month of the grid (null where none is known), by NIS code. */
export function valuesAtMonth(grid: MonthGrid, month: string): Map<string, number | null> {
  const position = grid.months.indexOf(month);
  const result = new Map<string, number | null>();
  grid.codes.forEach((code, commune) => {
    const value =
      position < 0
        ? Number.NaN
        : (grid.values[commune * grid.months.length + position] ?? Number.NaN);
    result.set(code, Number.isNaN(value) ? null : value);
  });
  return result;
}

/** Every known value of the grid, all months together: what fixed classes are cut from. */
export function allGridValues(grid: MonthGrid): number[] {
  const known: number[] = [];
  for (const value of grid.values) if (!Number.isNaN(value)) known.push(value);
  return known;
}
