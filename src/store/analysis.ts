import { CLASS_METHODS, type ClassMethod } from '../analysis/classes';
import {
  DEFAULT_GAP_PARAMS,
  type GapParams,
  type GapResult,
  MEASURES,
  type Measure,
  type UnderServedRule,
} from '../analysis/gaps/gaps';
import { PLACE_LEVELS, type PlaceLevel } from '../analysis/place_levels';
import { CATEGORIES, isOneOf } from '../model/enums';

/** What the analysis view and the choropleth show: the analysis' parameters and how its figures are drawn. */
export interface AnalysisView {
  params: GapParams;
  /** The figure ranked and mapped: a measure of the analysis, or an indicator per commune (`indicator:<name>`). */
  measure: Measure | `indicator:${string}`;
  classMethod: ClassMethod;
  classCount: number;
  /** Whether the map's communes are coloured by the figure. */
  choropleth: boolean;
  /**
   * The month the map shows of an indicator with figures for several months (YYYY-MM, the
   * time slider's); empty for each commune's latest figure.
   */
  month: string;
  /**
   * The level the figure is ranked and mapped at, as the user chose it; empty for the finest
   * level at which the figure is known (an indicator given per province alone: the provinces).
   */
  level: PlaceLevel | '';
  /** Whether an indicator is shown per 1,000 inhabitants (where the place's population is known). */
  perCapita: boolean;
}

export const DEFAULT_ANALYSIS: AnalysisView = {
  params: DEFAULT_GAP_PARAMS,
  measure: 'services_per_10k',
  classMethod: 'jenks',
  classCount: 5,
  choropleth: false,
  month: '',
  level: '',
  perCapita: false,
};

export interface AnalysisState {
  analysis: AnalysisView;
  /** The latest figures computed for the analysis' parameters and the filters (null until then). */
  gaps: GapResult | null;
}

export interface AnalysisActions {
  setAnalysis(patch: Partial<Omit<AnalysisView, 'params'>> & { params?: Partial<GapParams> }): void;
  /** The figures computed off the page's thread, for the parameters they carry. */
  gapsComputed(result: GapResult): void;
}

export const INITIAL_ANALYSIS: AnalysisState = { analysis: DEFAULT_ANALYSIS, gaps: null };

type Set = (partial: Partial<AnalysisState>) => void;
type Get = () => AnalysisState;

export function analysisActions(set: Set, get: Get): AnalysisActions {
  return {
    setAnalysis(patch) {
      const { analysis } = get();
      // The parameters keep their identity unless they change: the figures follow them.
      const params = patch.params ? { ...analysis.params, ...patch.params } : analysis.params;
      // A month and a level are of the indicator shown: another figure starts from its latest
      // month, at the finest level it is known at.
      const other = patch.measure !== undefined && patch.measure !== analysis.measure;
      const month = patch.month ?? (other ? '' : analysis.month);
      const level = patch.level ?? (other ? '' : analysis.level);
      set({ analysis: { ...analysis, ...patch, params, month, level } });
    },
    gapsComputed: (gaps) => set({ gaps }),
  };
}

/** The figures fit the parameters the user has set now (results of older ones are not shown). */
export function gapsFor(state: AnalysisState): GapResult | null {
  const { gaps, analysis } = state;
  return gaps && sameParams(gaps.params, analysis.params) ? gaps : null;
}

function sameParams(a: GapParams, b: GapParams): boolean {
  return (
    a.category === b.category &&
    a.catchmentKm === b.catchmentKm &&
    a.population === b.population &&
    a.protectedIndicator === b.protectedIndicator &&
    a.underServed.rule === b.underServed.rule &&
    a.underServed.value === b.underServed.value
  );
}

const RULES: readonly UnderServedRule['rule'][] = [
  'distance',
  'per_10k',
  'per_1k_protected',
  'access',
];

/**
 * The analysis in a link's query (`an=`): only what differs from the defaults, as
 * `key:value` pairs joined by `;`. Read back, an unknown or malformed pair is ignored.
 */
export function analysisToQuery(view: AnalysisView): string {
  const { params } = view;
  const pairs: string[] = [];
  const add = (key: string, value: string | number, fallback: string | number) => {
    if (value !== fallback) pairs.push(`${key}:${value}`);
  };
  add('cat', params.category, DEFAULT_GAP_PARAMS.category);
  add('d0', params.catchmentKm, DEFAULT_GAP_PARAMS.catchmentKm);
  add('pop', params.population, DEFAULT_GAP_PARAMS.population);
  add('pt', params.protectedIndicator, DEFAULT_GAP_PARAMS.protectedIndicator);
  const rule = `${params.underServed.rule}-${params.underServed.value}`;
  add('us', rule, `${DEFAULT_GAP_PARAMS.underServed.rule}-${DEFAULT_GAP_PARAMS.underServed.value}`);
  add('m', view.measure, DEFAULT_ANALYSIS.measure);
  add(
    'cl',
    `${view.classMethod}-${view.classCount}`,
    `${DEFAULT_ANALYSIS.classMethod}-${DEFAULT_ANALYSIS.classCount}`,
  );
  if (view.choropleth) pairs.push('map:1');
  add('mo', view.month, DEFAULT_ANALYSIS.month);
  add('lv', view.level, DEFAULT_ANALYSIS.level);
  if (view.perCapita) pairs.push('pc:1');
  return pairs.join(';');
}

export function queryToAnalysis(text: string): AnalysisView {
  const view: AnalysisView = { ...DEFAULT_ANALYSIS, params: { ...DEFAULT_GAP_PARAMS } };
  for (const pair of text.split(';')) {
    const at = pair.indexOf(':');
    const [key, value] = [pair.slice(0, at), pair.slice(at + 1)];
    const number = Number(value);
    if (key === 'cat' && (value === 'all' || isOneOf(CATEGORIES, value)))
      view.params.category = value;
    if (key === 'd0' && number > 0 && number <= 500) view.params.catchmentKm = number;
    if (key === 'pop' && (value === 'inhabitants' || value === 'protected'))
      view.params.population = value;
    if (key === 'pt') view.params.protectedIndicator = value;
    if (key === 'us') {
      const [rule = '', threshold = ''] = value.split('-');
      const limit = Number(threshold);
      if (isOneOf(RULES, rule) && Number.isFinite(limit) && limit >= 0)
        view.params.underServed = { rule, value: limit };
    }
    if (key === 'm' && (isOneOf(MEASURES, value) || /^indicator:.+/.test(value)))
      view.measure = value as AnalysisView['measure'];
    if (key === 'cl') {
      const [method = '', count = ''] = value.split('-');
      const classes = Number(count);
      if (
        isOneOf(CLASS_METHODS, method) &&
        Number.isInteger(classes) &&
        classes >= 2 &&
        classes <= 9
      ) {
        view.classMethod = method;
        view.classCount = classes;
      }
    }
    if (key === 'map' && value === '1') view.choropleth = true;
    if (key === 'mo' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) view.month = value;
    if (key === 'lv' && isOneOf(PLACE_LEVELS, value)) view.level = value;
    if (key === 'pc' && value === '1') view.perCapita = true;
  }
  return view;
}
