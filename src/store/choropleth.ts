import { type Choropleth, choroplethInClasses, choroplethOf } from '../analysis/choropleth';
import { type Classes, classify } from '../analysis/classes';
import { latestFigures } from '../analysis/gaps/input';
import { seriesIndex } from '../analysis/series';
import { allGridValues, type MonthGrid, monthGrid, valuesAtMonth } from '../analysis/series_months';
import { inPlaces } from '../explore/filters';
import type { AnalysisView } from './analysis';
import { gapsFor } from './analysis';
import type { AtlasState } from './atlas_store';

/** What the ranking and the choropleth show: each commune's value of the chosen figure. */
export interface MeasureValues {
  measure: AnalysisView['measure'];
  /** The value of each commune the place filters keep (null: unknown), by NIS code. */
  values: ReadonlyMap<string, number | null>;
}

type Memo<T> = { key: unknown[]; result: T } | null;

let lastValues: Memo<MeasureValues | null> = null;
let lastChoropleth: Memo<Choropleth | null> = null;
let lastGrid: Memo<MonthGrid | null> = null;
let lastClasses: Memo<Classes | null> = null;

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

const INDICATOR = 'indicator:';

/** The communes the place filters keep, in the gazetteer's order. */
function keptCommunes(state: AtlasState) {
  return (state.gazetteer?.communes ?? []).filter((commune) => inPlaces(commune, state.filters));
}

/**
 * The months of the indicator the map shows, per commune the place filters keep (null when
 * the figure shown is not an indicator, or has no dated figure per commune). The time
 * slider plays it when it has more than one month.
 */
export function selectMonthGrid(state: AtlasState): MonthGrid | null {
  const { measure } = state.analysis;
  const key = [measure, state.dataset.indicators, state.filters, state.gazetteer];
  if (lastGrid && same(lastGrid.key, key)) return lastGrid.result;
  const result = measure.startsWith(INDICATOR)
    ? monthGrid(
        seriesIndex(state.dataset.indicators),
        measure.slice(INDICATOR.length),
        keptCommunes(state).map((commune) => commune.nis_code),
      )
    : null;
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
 * The chosen figure for each commune the place filters keep: a measure of the gap analysis
 * (once computed for the parameters set), an indicator's value at the slider's month, or its
 * latest value. Null while the analysis is being computed. Kept while its inputs stay the same.
 */
export function selectMeasureValues(state: AtlasState): MeasureValues | null {
  const gaps = gapsFor(state);
  const { measure, month } = state.analysis;
  const grid = month ? selectMonthGrid(state) : null;
  const key = [
    gaps,
    measure,
    month,
    grid,
    state.dataset.indicators,
    state.filters,
    state.gazetteer,
  ];
  if (lastValues && same(lastValues.key, key)) return lastValues.result;
  let result: MeasureValues | null = null;
  if (grid?.months.includes(month)) {
    result = { measure, values: valuesAtMonth(grid, month) };
  } else if (measure.startsWith(INDICATOR)) {
    const communes = keptCommunes(state);
    const latest = latestFigures(state.dataset.indicators, measure.slice(INDICATOR.length));
    result = {
      measure,
      values: new Map(communes.map((c) => [c.nis_code, latest.get(c.nis_code)?.value ?? null])),
    };
  } else if (gaps) {
    const communes = keptCommunes(state);
    const rows = new Map(gaps.communes.map((row) => [row.code, row]));
    const figure = measure as Exclude<AnalysisView['measure'], `indicator:${string}`>;
    result = {
      measure,
      values: new Map(communes.map((c) => [c.nis_code, rows.get(c.nis_code)?.[figure] ?? null])),
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

/** The choropleth the map draws (null when it is off or its figures are not ready). */
export function selectChoropleth(state: AtlasState): Choropleth | null {
  const { choropleth, classMethod, classCount, measure } = state.analysis;
  const values = choropleth ? selectMeasureValues(state) : null;
  const fixed = values ? seriesClasses(state) : null;
  const key = [values, fixed, classMethod, classCount];
  if (lastChoropleth && same(lastChoropleth.key, key)) return lastChoropleth.result;
  const worseIsMore = measure === 'nearest_km';
  const result = !values
    ? null
    : fixed
      ? choroplethInClasses(values.values, fixed, worseIsMore)
      : choroplethOf(values.values, classMethod, classCount, worseIsMore);
  lastChoropleth = { key, result };
  return result;
}
