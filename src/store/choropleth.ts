import { type Choropleth, choroplethOf } from '../analysis/choropleth';
import { latestFigures } from '../analysis/gaps/input';
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

let lastValues: { key: unknown[]; result: MeasureValues | null } | null = null;
let lastChoropleth: { key: unknown[]; result: Choropleth | null } | null = null;

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * The chosen figure for each commune the place filters keep: a measure of the gap analysis
 * (once computed for the parameters set), or the latest value of an indicator. Null while
 * the analysis is being computed. Kept while its inputs stay the same.
 */
export function selectMeasureValues(state: AtlasState): MeasureValues | null {
  const gaps = gapsFor(state);
  const { measure } = state.analysis;
  const key = [gaps, measure, state.dataset.indicators, state.filters, state.gazetteer];
  if (lastValues && same(lastValues.key, key)) return lastValues.result;
  let result: MeasureValues | null = null;
  const communes = (state.gazetteer?.communes ?? []).filter((commune) =>
    inPlaces(commune, state.filters),
  );
  if (measure.startsWith('indicator:')) {
    const latest = latestFigures(state.dataset.indicators, measure.slice('indicator:'.length));
    result = {
      measure,
      values: new Map(communes.map((c) => [c.nis_code, latest.get(c.nis_code)?.value ?? null])),
    };
  } else if (gaps) {
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

/** The choropleth the map draws (null when it is off or its figures are not ready). */
export function selectChoropleth(state: AtlasState): Choropleth | null {
  const { choropleth, classMethod, classCount, measure } = state.analysis;
  const values = choropleth ? selectMeasureValues(state) : null;
  const key = [values, classMethod, classCount];
  if (lastChoropleth && same(lastChoropleth.key, key)) return lastChoropleth.result;
  const result = values
    ? choroplethOf(values.values, classMethod, classCount, measure === 'nearest_km')
    : null;
  lastChoropleth = { key, result };
  return result;
}
