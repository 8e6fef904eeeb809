/**
 * The series view's state, as the store holds it and a link keeps it: the indicator and
 * place chosen, which chart is shown, and the other indicators drawn beside the chosen one
 * on one time axis.
 */

export const SERIES_CHARTS = ['trend', 'provinces', 'indicators'] as const;
export type SeriesChart = (typeof SERIES_CHARTS)[number];

export interface SeriesView {
  /** The indicator chosen (empty: the view picks one the data has). */
  indicator: string;
  /** The REFNIS code of the place chosen (empty: Wallonia, or the first place that has the indicator). */
  place: string;
  /**
   * trend: the place beside its province and Wallonia; provinces: the five provinces side
   * by side; indicators: several indicators of the place on one axis.
   */
  chart: SeriesChart;
  /** The other indicators drawn with the chosen one (the `indicators` chart). */
  others: readonly string[];
}

export const DEFAULT_SERIES: SeriesView = { indicator: '', place: '', chart: 'trend', others: [] };

export interface SeriesState {
  series: SeriesView;
}

export interface SeriesActions {
  setSeries(patch: Partial<SeriesView>): void;
}

export const INITIAL_SERIES: SeriesState = { series: DEFAULT_SERIES };

export function seriesActions(
  set: (partial: Partial<SeriesState>) => void,
  get: () => SeriesState,
): SeriesActions {
  return {
    setSeries(patch) {
      const series = { ...get().series, ...patch };
      // The chosen indicator is drawn once, not also among the others.
      set({ series: { ...series, others: series.others.filter((o) => o !== series.indicator) } });
    },
  };
}

const NAME = /^[\p{L}\p{N}_.\-() %]{1,120}$/u;

/**
 * The series view in a link's query (`sr=`): `i:<indicator>;p:<code>;c:<chart>;o:<a>,<b>`,
 * only what differs from the defaults. An unknown or malformed pair is ignored.
 */
export function seriesToQuery(view: SeriesView): string {
  const pairs: string[] = [];
  if (view.indicator) pairs.push(`i:${view.indicator}`);
  if (view.place) pairs.push(`p:${view.place}`);
  if (view.chart !== DEFAULT_SERIES.chart) pairs.push(`c:${view.chart}`);
  if (view.others.length > 0) pairs.push(`o:${view.others.join(',')}`);
  return pairs.join(';');
}

export function queryToSeries(text: string): SeriesView {
  const view: { -readonly [K in keyof SeriesView]: SeriesView[K] } = { ...DEFAULT_SERIES };
  for (const pair of text.split(';')) {
    const at = pair.indexOf(':');
    const [key, value] = [pair.slice(0, at), pair.slice(at + 1)];
    if (key === 'i' && NAME.test(value)) view.indicator = value;
    if (key === 'p' && /^\d{5}$/.test(value)) view.place = value;
    if (key === 'c' && (SERIES_CHARTS as readonly string[]).includes(value))
      view.chart = value as SeriesChart;
    if (key === 'o') view.others = value.split(',').filter((name) => NAME.test(name));
  }
  return view;
}
