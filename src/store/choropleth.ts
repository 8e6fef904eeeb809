import { type Choropleth, choroplethInClasses, choroplethOf } from '../analysis/choropleth';
import { type Classes, classify } from '../analysis/classes';
import type { GapResult } from '../analysis/gaps/gaps';
import { latestFigures, POPULATION_INDICATOR } from '../analysis/gaps/input';
import {
  gridPerCapita,
  levelShown,
  levelsWithFigures,
  PLACE_LEVELS,
  type PlaceLevel,
  type Populations,
  placesAtLevel,
  populationsOf,
  valuesPerCapita,
} from '../analysis/place_levels';
import { seriesIndex } from '../analysis/series';
import { allGridValues, type MonthGrid, monthGrid, valuesAtMonth } from '../analysis/series_months';
import { inPlaces } from '../explore/filters';
import type { AnalysisView } from './analysis';
import { gapsFor } from './analysis';
import type { AtlasState } from './atlas_store';

/** What the ranking and the choropleth show: each place's value of the chosen figure, at one level. */
export interface MeasureValues {
  measure: AnalysisView['measure'];
  /** The level of the places: communes, arrondissements or provinces. */
  level: PlaceLevel;
  /** The value of each place the place filters keep (null: unknown), by REFNIS code. */
  values: ReadonlyMap<string, number | null>;
}

type Memo<T> = { key: unknown[]; result: T } | null;

let lastKept: Memo<string[]> = null;
let lastLevels: Memo<readonly PlaceLevel[]> = null;
let lastPopulations: Memo<Populations> = null;
let lastValues: Memo<MeasureValues | null> = null;
/** A choropleth and the level of the places it colours. */
export type LevelChoropleth = Choropleth & { level: PlaceLevel };

let lastChoropleth: Memo<LevelChoropleth | null> = null;
let lastGrid: Memo<MonthGrid | null> = null;
let lastClasses: Memo<Classes | null> = null;

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

const INDICATOR = 'indicator:';

/** The indicator the figure shown is (empty for a figure of the gap analysis). */
function indicatorShown(state: AtlasState): string {
  const { measure } = state.analysis;
  return measure.startsWith(INDICATOR) ? measure.slice(INDICATOR.length) : '';
}

/** The codes of the communes the place filters keep, in the gazetteer's order. */
function keptCommunes(state: AtlasState): string[] {
  const key = [state.filters, state.gazetteer];
  if (lastKept && same(lastKept.key, key)) return lastKept.result;
  const result = (state.gazetteer?.communes ?? [])
    .filter((commune) => inPlaces(commune, state.filters))
    .map((commune) => commune.nis_code);
  lastKept = { key, result };
  return result;
}

/**
 * The levels the figure shown can be mapped at, finest first: those at which an indicator
 * has figures for the places kept (none when it has none), every level for a figure of the
 * gap analysis (summed above the communes).
 */
export function selectLevels(state: AtlasState): readonly PlaceLevel[] {
  const indicator = indicatorShown(state);
  const key = [indicator, state.dataset.indicators, state.filters, state.gazetteer];
  if (lastLevels && same(lastLevels.key, key)) return lastLevels.result;
  const result = indicator
    ? levelsWithFigures(seriesIndex(state.dataset.indicators), indicator, keptCommunes(state))
    : PLACE_LEVELS;
  lastLevels = { key, result };
  return result;
}

/** The level the figure is ranked and mapped at: the user's choice where it is known, else the finest it is known at. */
export function selectLevel(state: AtlasState): PlaceLevel {
  return levelShown(state.analysis.level, selectLevels(state));
}

/**
 * The inhabitants of the places of the level shown, summed from their communes' latest
 * population figures (with the date of those figures).
 */
export function selectPopulations(state: AtlasState): Populations {
  const level = selectLevel(state);
  const key = [level, state.dataset.indicators, state.filters, state.gazetteer];
  if (lastPopulations && same(lastPopulations.key, key)) return lastPopulations.result;
  const gazetteer = state.gazetteer;
  const result = populationsOf(
    placesAtLevel(keptCommunes(state), level),
    (place) => (gazetteer?.communesOfArea(place) ?? []).map((commune) => commune.nis_code),
    latestFigures(state.dataset.indicators, POPULATION_INDICATOR),
  );
  lastPopulations = { key, result };
  return result;
}

/** Whether the figure is shown per 1,000 inhabitants: an indicator (not the population itself), when asked. */
export function selectPerCapita(state: AtlasState): boolean {
  const indicator = indicatorShown(state);
  return state.analysis.perCapita && indicator !== '' && indicator !== POPULATION_INDICATOR;
}

/** The rows of the gap analysis at a level. */
function gapRowsAt(gaps: GapResult, level: PlaceLevel) {
  if (level === 'province') return gaps.provinces;
  if (level === 'arrondissement') return gaps.arrondissements;
  return gaps.communes;
}

/**
 * The months of the indicator the map shows, per place of the level shown that the place
 * filters keep, per 1,000 inhabitants when so shown (null when the figure shown is not an
 * indicator, or has no dated figure there). The time slider plays it when it has more than
 * one month.
 */
export function selectMonthGrid(state: AtlasState): MonthGrid | null {
  const indicator = indicatorShown(state);
  const level = selectLevel(state);
  const perCapita = selectPerCapita(state);
  const populations = perCapita ? selectPopulations(state) : null;
  const key = [
    indicator,
    level,
    populations,
    state.dataset.indicators,
    state.filters,
    state.gazetteer,
  ];
  if (lastGrid && same(lastGrid.key, key)) return lastGrid.result;
  const grid = indicator
    ? monthGrid(
        seriesIndex(state.dataset.indicators),
        indicator,
        placesAtLevel(keptCommunes(state), level),
      )
    : null;
  const result = grid && populations ? gridPerCapita(grid, populations) : grid;
  lastGrid = { key, result };
  return result;
}

const NO_MONTHS: readonly string[] = [];

/** The slider's months, when the indicator shown has figures for more than one (the same list while they stay). */
export function selectSliderMonths(state: AtlasState): readonly string[] {
  const grid = selectMonthGrid(state);
  return grid && grid.months.length > 1 ? grid.months : NO_MONTHS;
}

/**
 * The chosen figure for each place of the level shown that the place filters keep: a measure
 * of the gap analysis (once computed for the parameters set), an indicator's value at the
 * slider's month, or its latest value (per 1,000 inhabitants when so shown). Null while the
 * analysis is being computed. Kept while its inputs stay the same.
 */
export function selectMeasureValues(state: AtlasState): MeasureValues | null {
  const gaps = gapsFor(state);
  const { measure, month } = state.analysis;
  const level = selectLevel(state);
  const grid = month ? selectMonthGrid(state) : null;
  const populations = selectPerCapita(state) ? selectPopulations(state) : null;
  const key = [
    gaps,
    measure,
    month,
    level,
    grid,
    populations,
    state.dataset.indicators,
    state.filters,
    state.gazetteer,
  ];
  if (lastValues && same(lastValues.key, key)) return lastValues.result;
  const places = placesAtLevel(keptCommunes(state), level);
  const indicator = indicatorShown(state);
  let result: MeasureValues | null = null;
  if (grid?.months.includes(month)) {
    result = { measure, level, values: valuesAtMonth(grid, month) };
  } else if (indicator) {
    const latest = latestFigures(state.dataset.indicators, indicator);
    const values = new Map(places.map((code) => [code, latest.get(code)?.value ?? null]));
    result = {
      measure,
      level,
      values: populations ? valuesPerCapita(values, populations) : values,
    };
  } else if (gaps) {
    const rows = new Map(gapRowsAt(gaps, level).map((row) => [row.code, row]));
    const figure = measure as Exclude<AnalysisView['measure'], `indicator:${string}`>;
    result = {
      measure,
      level,
      values: new Map(places.map((code) => [code, rows.get(code)?.[figure] ?? null])),
    };
  }
  lastValues = { key, result };
  return result;
}

/**
 * The classes of an indicator cut from all its months at once (null when it has one month or
 * none): the legend's classes stay the same while the slider plays, so months compare.
 */
function seriesClasses(state: AtlasState): Classes | null {
  const grid = selectMonthGrid(state);
  const { classMethod, classCount } = state.analysis;
  const key = [grid, classMethod, classCount];
  if (lastClasses && same(lastClasses.key, key)) return lastClasses.result;
  const result =
    grid && grid.months.length > 1 ? classify(allGridValues(grid), classMethod, classCount) : null;
  lastClasses = { key, result };
  return result;
}

/** The choropleth the map draws, with the level of its places (null when it is off or its figures are not ready). */
export function selectChoropleth(state: AtlasState): LevelChoropleth | null {
  const { choropleth, classMethod, classCount, measure } = state.analysis;
  const values = choropleth ? selectMeasureValues(state) : null;
  const fixed = values ? seriesClasses(state) : null;
  const key = [values, fixed, classMethod, classCount];
  if (lastChoropleth && same(lastChoropleth.key, key)) return lastChoropleth.result;
  const worseIsMore = measure === 'nearest_km';
  const drawn = !values
    ? null
    : fixed
      ? choroplethInClasses(values.values, fixed, worseIsMore)
      : choroplethOf(values.values, classMethod, classCount, worseIsMore);
  const result = drawn && values ? { ...drawn, level: values.level } : null;
  lastChoropleth = { key, result };
  return result;
}
