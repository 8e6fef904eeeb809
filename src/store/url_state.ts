import { NO_FILTERS } from '../explore/filters';
import { CATEGORIES, isOneOf, ORG_TYPES, STATUSES } from '../model/enums';
import { LANGUAGES } from '../model/languages';
import { analysisToQuery, queryToAnalysis } from './analysis';
import type { ViewState } from './atlas_store';
import { qualityToQuery, queryToQuality } from './quality';
import { queryToSeries, seriesToQuery } from './series';
import {
  ARRANGEMENTS,
  type Camera,
  clampSplit,
  DEFAULT_LAYOUT,
  type Layout,
  PANELS,
  type Selection,
} from './view';

/**
 * The view in the URL's query: a copied link reopens the same filters, selection, map
 * position, language, panel and arrangement of the screen. Unknown or malformed values are
 * ignored, never trusted; what is as the app opens is left out.
 */

const LIST_KEYS = {
  categories: 'cat',
  orgTypes: 'type',
  provinces: 'prov',
  arrondissements: 'arr',
  communes: 'commune',
  languages: 'lang_service',
  statuses: 'status',
} as const;

/** The side panels a link can fold, by their name in the `fold` list. */
const FOLDABLE = ['filters', 'details'] as const;

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter(Boolean);
}

export function viewToQuery(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.language !== 'fr') params.set('lang', view.language);
  if (view.panel !== PANELS[0]) params.set('panel', view.panel);
  writeLayout(view.layout, params);
  for (const [field, key] of Object.entries(LIST_KEYS)) {
    const values = view.filters[field as keyof typeof LIST_KEYS];
    if (values.length > 0) params.set(key, values.join(','));
  }
  if (view.filters.text.trim()) params.set('q', view.filters.text);
  if (view.selection) params.set('sel', `${view.selection.kind}:${view.selection.id}`);
  if (view.profile) params.set('profile', view.profile);
  const analysis = analysisToQuery(view.analysis);
  if (analysis) params.set('an', analysis);
  const series = seriesToQuery(view.series);
  if (series) params.set('sr', series);
  qualityToQuery(view.quality, params);
  if (view.camera) {
    const [lon, lat] = view.camera.center;
    params.set('map', `${view.camera.zoom.toFixed(2)}/${lat.toFixed(5)}/${lon.toFixed(5)}`);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function queryToView(query: string): Partial<ViewState> {
  const params = new URLSearchParams(query);
  const view: Partial<ViewState> = {};
  const language = params.get('lang');
  if (language && isOneOf(LANGUAGES, language)) view.language = language;
  const panel = params.get('panel');
  if (panel && isOneOf(PANELS, panel)) view.panel = panel;
  view.layout = readLayout(params);
  view.filters = {
    ...NO_FILTERS,
    categories: list(params, LIST_KEYS.categories).filter((v) => isOneOf(CATEGORIES, v)),
    orgTypes: list(params, LIST_KEYS.orgTypes).filter((v) => isOneOf(ORG_TYPES, v)),
    provinces: list(params, LIST_KEYS.provinces),
    arrondissements: list(params, LIST_KEYS.arrondissements),
    communes: list(params, LIST_KEYS.communes).filter((v) => /^\d{5}$/.test(v)),
    languages: list(params, LIST_KEYS.languages).filter((v) => /^[a-z]{2}$/.test(v)),
    statuses: list(params, LIST_KEYS.statuses).filter((v) => isOneOf(STATUSES, v)),
    text: params.get('q') ?? '',
  };
  view.analysis = queryToAnalysis(params.get('an') ?? '');
  view.series = queryToSeries(params.get('sr') ?? '');
  view.quality = queryToQuality(params);
  const selection = /^(site|organization|commune|arrondissement|province):(.+)$/.exec(
    params.get('sel') ?? '',
  );
  if (selection?.[1] && selection[2]) {
    view.selection = { kind: selection[1] as Selection['kind'], id: selection[2] };
  }
  const profile = params.get('profile') ?? '';
  if (/^\d{5}$/.test(profile)) view.profile = profile;
  const map = /^(-?[\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(params.get('map') ?? '');
  if (map) {
    const camera: Camera = { zoom: Number(map[1]), center: [Number(map[3]), Number(map[2])] };
    if (camera.center.every(Number.isFinite) && Number.isFinite(camera.zoom)) view.camera = camera;
  }
  return view;
}

function writeLayout(layout: Layout, params: URLSearchParams): void {
  if (layout.arrangement !== DEFAULT_LAYOUT.arrangement) params.set('layout', layout.arrangement);
  if (layout.split !== DEFAULT_LAYOUT.split)
    params.set('split', String(Math.round(layout.split * 100)));
  const folded = FOLDABLE.filter((side) => !layout[side]);
  if (folded.length > 0) params.set('fold', folded.join(','));
}

function readLayout(params: URLSearchParams): Layout {
  const arrangement = params.get('layout') ?? '';
  const split = Number(params.get('split') ?? Number.NaN);
  const folded = list(params, 'fold');
  return {
    arrangement: isOneOf(ARRANGEMENTS, arrangement) ? arrangement : DEFAULT_LAYOUT.arrangement,
    split: Number.isFinite(split) && split > 0 ? clampSplit(split / 100) : DEFAULT_LAYOUT.split,
    filters: !folded.includes('filters'),
    details: !folded.includes('details'),
  };
}
