import type { Indicator } from '../model/schemas';
import { areaLevel, provinceCode, WALLONIA_NIS } from '../places/areas';

/**
 * Series: the figures of one indicator for one place, by date (an indicator's reference
 * date: a year, a quarter, a month or a day). What the charts draw, pure and in Node too.
 */

/** One figure of a series, at the start of the period it refers to. */
export interface SeriesPoint {
  /** The indicator record's id. */
  id: string;
  /** The period as the record gives it: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The period's first day, UTC milliseconds: where the chart places the figure. */
  time: number;
  value: number;
  unit: string;
  source: string;
}

export interface Series {
  indicator: string;
  /** The REFNIS code of the place. */
  place: string;
  /** The figures, oldest first (two of one date keep the data's order). */
  points: SeriesPoint[];
  /** The units its figures give, in the order they first appear: more than one is a unit change. */
  units: string[];
}

/** The five Walloon provinces, as small multiples show them: Walloon Brabant, Hainaut, Liège, Luxembourg, Namur. */
export const WALLOON_PROVINCES = ['20002', '50000', '60000', '80000', '90000'] as const;

/** A figure's date: its reference date, else its year (empty when it has neither). */
export function figureDate(indicator: Indicator): string {
  return indicator.reference_date || (indicator.year === null ? '' : String(indicator.year));
}

/** The first day of a period (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD) in UTC milliseconds; null for anything else. */
export function periodStart(date: string): number | null {
  const match = /^(\d{4})(?:-(?:Q([1-4])|(\d{2}))(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? (Number(match[2]) - 1) * 3 : match[3] ? Number(match[3]) - 1 : 0;
  const day = match[4] ? Number(match[4]) : 1;
  if (match[2] && match[4]) return null;
  return Date.UTC(year, month, day);
}

/** The months a period covers, as YYYY-MM: one for a month or a day, three for a quarter, twelve for a year. */
export function monthsOfPeriod(date: string): string[] {
  const start = periodStart(date);
  if (start === null) return [];
  const first = new Date(start);
  const count = /-Q/.test(date) ? 3 : date.length === 4 ? 12 : 1;
  return Array.from({ length: count }, (_, index) =>
    monthKey(first.getUTCFullYear(), first.getUTCMonth() + index),
  );
}

/** A month as YYYY-MM, from a year and a month index that may run past 11. */
function monthKey(year: number, monthIndex: number): string {
  const y = year + Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** Every month from `first` to `last` (YYYY-MM), both included. */
export function monthRange(first: string, last: string): string[] {
  const [y0, m0] = first.split('-').map(Number) as [number, number];
  const [y1, m1] = last.split('-').map(Number) as [number, number];
  const count = (y1 - y0) * 12 + (m1 - m0) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => monthKey(y0, m0 - 1 + index));
}

export type SeriesIndex = ReadonlyMap<string, ReadonlyMap<string, Series>>;

const indexes = new WeakMap<readonly Indicator[], SeriesIndex>();

/**
 * Every series of the figures, by indicator then place: the figures with a readable date,
 * oldest first. Built once per list of figures (the store keeps the list while it is unchanged).
 */
export function seriesIndex(indicators: readonly Indicator[]): SeriesIndex {
  const known = indexes.get(indicators);
  if (known) return known;
  const index = new Map<string, Map<string, Series>>();
  for (const record of indicators) {
    const date = figureDate(record);
    const time = periodStart(date);
    if (time === null || !Number.isFinite(record.value)) continue;
    let places = index.get(record.indicator);
    if (!places) {
      places = new Map();
      index.set(record.indicator, places);
    }
    let series = places.get(record.nis_code);
    if (!series) {
      series = { indicator: record.indicator, place: record.nis_code, points: [], units: [] };
      places.set(record.nis_code, series);
    }
    series.points.push({
      id: record.id,
      date,
      time,
      value: record.value,
      unit: record.unit,
      source: record.source,
    });
    if (!series.units.includes(record.unit)) series.units.push(record.unit);
  }
  for (const places of index.values()) {
    for (const series of places.values()) series.points.sort((a, b) => a.time - b.time);
  }
  indexes.set(indicators, index);
  return index;
}

/** The series of one indicator for one place, or null when the place has no figure of it. */
export function seriesOf(index: SeriesIndex, indicator: string, place: string): Series | null {
  return index.get(indicator)?.get(place) ?? null;
}

/**
 * A place's series beside those it is part of: the place's own, its province's (for a
 * commune or an arrondissement) and Wallonia's (for a place in Wallonia below it), those
 * that exist, in that order.
 */
export function seriesInContext(index: SeriesIndex, indicator: string, place: string): Series[] {
  const level = areaLevel(place);
  const places = [place];
  if (level === 'commune' || level === 'arrondissement') places.push(provinceCode(place));
  if (level === 'commune' || level === 'arrondissement' || level === 'province')
    places.push(WALLONIA_NIS);
  return places
    .map((code) => seriesOf(index, indicator, code))
    .filter((series): series is Series => series !== null);
}

/** Small multiples: the series of one indicator in each Walloon province (null where a province has none). */
export function provinceMultiples(
  index: SeriesIndex,
  indicator: string,
): { province: string; series: Series | null }[] {
  return WALLOON_PROVINCES.map((province) => ({
    province,
    series: seriesOf(index, indicator, province),
  }));
}

/** The series of a place, by indicator name (sorted), each with its latest figure. */
export function seriesOfPlace(index: SeriesIndex, place: string): Series[] {
  const found: Series[] = [];
  for (const places of index.values()) {
    const series = places.get(place);
    if (series) found.push(series);
  }
  return found.sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
}

/** The last figure of a series (the latest date; of two on one date, the later given). */
export function latestPoint(series: Series): SeriesPoint | undefined {
  return series.points.at(-1);
}

/** The one unit a series is in, or null when its unit changes. */
export function unitOf(series: Series): string | null {
  return series.units.length === 1 ? (series.units[0] ?? null) : null;
}

/**
 * Which series can share one value axis: those in one unit (series whose unit changes share
 * with none). Groups by unit, in the order the units first appear; changing ones are left out.
 */
export function seriesByUnit(series: readonly Series[]): Map<string, Series[]> {
  const groups = new Map<string, Series[]>();
  for (const one of series) {
    const unit = unitOf(one);
    if (unit === null) continue;
    groups.set(unit, [...(groups.get(unit) ?? []), one]);
  }
  return groups;
}

/** Whether the series are all in one and the same unit. */
export function unitsAgree(series: readonly Series[]): boolean {
  const units = new Set(series.map(unitOf));
  return series.length > 0 && units.size === 1 && !units.has(null);
}

/** The sources of the series with the dates they give figures for ("source: 2023-01 to 2024-02"). */
export function sourcesOf(
  series: readonly Series[],
): { source: string; first: string; last: string }[] {
  const bySource = new Map<
    string,
    { source: string; first: string; last: string; t0: number; t1: number }
  >();
  for (const one of series) {
    for (const point of one.points) {
      const known = bySource.get(point.source);
      if (!known) {
        bySource.set(point.source, {
          source: point.source,
          first: point.date,
          last: point.date,
          t0: point.time,
          t1: point.time,
        });
      } else {
        if (point.time < known.t0) Object.assign(known, { first: point.date, t0: point.time });
        if (point.time >= known.t1) Object.assign(known, { last: point.date, t1: point.time });
      }
    }
  }
  return [...bySource.values()].map(({ source, first, last }) => ({ source, first, last }));
}

/**
 * Whether series drawn together need a value axis each: when the largest figure of one is
 * more than `ratio` times that of another (a commune beside Wallonia), one shared axis
 * would flatten the smaller to a line along zero.
 */
export function needsOwnAxes(series: readonly Series[], ratio = 4): boolean {
  const peaks = series
    .map((one) => Math.max(...one.points.map((point) => Math.abs(point.value))))
    .filter((peak) => Number.isFinite(peak));
  if (peaks.length < 2) return false;
  const low = Math.min(...peaks);
  const high = Math.max(...peaks);
  return low === 0 ? high > 0 : high / low > ratio;
}
