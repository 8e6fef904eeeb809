import type { Indicator } from '../model/schemas';
import { areaLevel, arrondissementCode, provinceCode } from '../places/areas';
import { figureDate, type SeriesIndex } from './series';
import type { MonthGrid } from './series_months';

/**
 * The levels a figure is ranked and mapped at (communes, arrondissements, provinces), the
 * places of each that the kept communes make up, and a figure per 1,000 inhabitants of them.
 * Pure, in Node too.
 */

/** The levels, finest first. */
export const PLACE_LEVELS = ['commune', 'arrondissement', 'province'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** A figure per this many inhabitants, when shown per capita. */
export const PER_CAPITA = 1000;

/**
 * The places at a level that the communes given lie in: the communes themselves, or their
 * arrondissements or provinces, each once, in the order of their first commune.
 */
export function placesAtLevel(communeCodes: readonly string[], level: PlaceLevel): string[] {
  if (level === 'commune') return [...communeCodes];
  const codeOf = level === 'province' ? provinceCode : arrondissementCode;
  return [...new Set(communeCodes.map(codeOf))];
}

/** The levels at which an indicator has a dated figure for at least one of the places given, finest first. */
export function levelsWithFigures(
  index: SeriesIndex,
  indicator: string,
  communeCodes: readonly string[],
): PlaceLevel[] {
  const places = index.get(indicator);
  if (!places) return [];
  return PLACE_LEVELS.filter((level) =>
    placesAtLevel(communeCodes, level).some((code) => places.has(code)),
  );
}

/** The level shown: the one chosen when the figure is known there, else the finest it is known at (communes when none). */
export function levelShown(chosen: PlaceLevel | '', known: readonly PlaceLevel[]): PlaceLevel {
  if (chosen && known.includes(chosen)) return chosen;
  return known[0] ?? 'commune';
}

/** The inhabitants of places, and the date of the figures they add up. */
export interface Populations {
  /** Each place's inhabitants: the sum of its communes' (null when one of them has none). */
  values: ReadonlyMap<string, number | null>;
  /** The latest date of the figures summed (empty when none was). */
  date: string;
  /** The sources of the figures summed. */
  sources: string[];
}

/**
 * The inhabitants of each place: the sum of the latest population figure of each of its
 * communes (`communesOf`), unknown when one of them has none, so that a part never passes
 * for the whole.
 */
export function populationsOf(
  places: readonly string[],
  communesOf: (place: string) => readonly string[],
  latestPopulation: ReadonlyMap<string, Indicator>,
): Populations {
  const values = new Map<string, number | null>();
  const sources = new Set<string>();
  let date = '';
  for (const place of places) {
    const communes = areaLevel(place) === 'commune' ? [place] : communesOf(place);
    let sum: number | null = communes.length > 0 ? 0 : null;
    for (const commune of communes) {
      const figure = latestPopulation.get(commune);
      if (!figure || !Number.isFinite(figure.value) || sum === null) {
        sum = null;
        break;
      }
      sum += figure.value;
      const its = figureDate(figure);
      if (its > date) date = its;
      sources.add(figure.source);
    }
    values.set(place, sum);
  }
  return { values, date, sources: [...sources] };
}

/** A value per PER_CAPITA inhabitants; null where the value or a positive population is unknown. */
export function perCapita(
  value: number | null,
  population: number | null | undefined,
): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (population === null || population === undefined || !(population > 0)) return null;
  return (value / population) * PER_CAPITA;
}

/** Each value per PER_CAPITA inhabitants of its place. */
export function valuesPerCapita(
  values: ReadonlyMap<string, number | null>,
  populations: Populations,
): Map<string, number | null> {
  return new Map(
    [...values].map(([code, value]) => [code, perCapita(value, populations.values.get(code))]),
  );
}

/** The grid's values per PER_CAPITA inhabitants of their place (NaN where the population is unknown). */
export function gridPerCapita(grid: MonthGrid, populations: Populations): MonthGrid {
  const width = grid.months.length;
  const values = new Float64Array(grid.values.length);
  grid.codes.forEach((code, place) => {
    const population = populations.values.get(code);
    for (let month = 0; month < width; month += 1) {
      const at = place * width + month;
      const value = grid.values[at] ?? Number.NaN;
      values[at] = Number.isNaN(value) ? Number.NaN : (perCapita(value, population) ?? Number.NaN);
    }
  });
  return { ...grid, values };
}
