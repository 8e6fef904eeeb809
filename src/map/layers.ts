import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  LayerSpecification,
  RasterLayerSpecification,
  RasterSourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { CATEGORIES } from '../model/enums';
import type { Language } from '../model/languages';
import { IN_AREA, symbolImageExpression } from './group_symbols';
import { CATEGORY_COLORS, LEGEND_CATEGORIES, MAP_COLORS } from './palette';
import { categoryCount } from './site_worker';

/**
 * The map's style, built by pure functions: boundaries and labels from the bundled GeoJSON
 * (no tile server), the sites clustered, the selection on top. The optional OpenStreetMap
 * basemap is added by the controller only when the user turns it on.
 */

export const SOURCES = {
  provinces: 'provinces',
  arrondissements: 'arrondissements',
  communes: 'communes',
  communeLabels: 'commune-labels',
  localityLabels: 'locality-labels',
  sites: 'sites',
  selectedSites: 'selected-sites',
  basemap: 'osm-basemap',
} as const;

export const LAYERS = {
  background: 'background',
  basemap: 'osm-basemap',
  communesFill: 'communes-fill',
  communesLine: 'communes-line',
  arrondissementsFill: 'arrondissements-fill',
  provincesFill: 'provinces-fill',
  arrondissementsLine: 'arrondissements-line',
  provincesLine: 'provinces-line',
  selectedCommuneFill: 'selected-commune-fill',
  chosenCommunesLine: 'chosen-communes-line',
  selectedCommuneLine: 'selected-commune-line',
  selectedArrondissementLine: 'selected-arrondissement-line',
  selectedProvinceLine: 'selected-province-line',
  localityLabels: 'locality-labels',
  communeLabels: 'commune-labels',
  townLabels: 'town-labels',
  cityLabels: 'city-labels',
  clusters: 'site-clusters',
  groups: 'site-groups',
  sites: 'site-points',
  selectedSitesHalo: 'selected-sites-halo',
  selectedSites: 'selected-sites',
} as const;

/** The layers a pointer can pick a site, a group or a cluster from, top first. */
export const SITE_LAYERS: readonly string[] = [
  LAYERS.sites,
  LAYERS.groups,
  LAYERS.clusters,
  LAYERS.selectedSites,
];

/** The font stack of public/fonts (see public/FONTS.md). */
export const FONT_STACK = ['dejavu-sans'];

/** Sites gather into clusters up to this zoom; beyond it every site is drawn. */
export const CLUSTER_MAX_ZOOM = 12;

/** The ring around a selected site: around the symbol of its group too. */
const SELECTION_RADIUS = 18;

/** Communes of this many inhabitants or more are towns: labelled before other names, larger. */
export const TOWN_POPULATION = 50_000;
/**
 * Communes of this many inhabitants or more (Charleroi, Liège, Namur) are labelled before
 * anything else, above the sites' symbols: always, never under one.
 */
export const CITY_POPULATION = 100_000;

/** The localities (sections of communes) are labelled from this zoom on. */
export const LOCALITY_MIN_ZOOM = 10.5;

/**
 * Where a place name may stand around its point (its commune's sites are drawn on it), the
 * first free one taken: beside the symbol, never under it.
 */
const LABEL_ANCHORS = [
  'top',
  'bottom',
  'right',
  'left',
  'top-right',
  'top-left',
  'bottom-right',
  'bottom-left',
] as const;

/** A commune's label: larger and placed first the more inhabitants it has. */
function communeLabelLayout(
  language: Language,
  [far, middle, near]: [number, number, number],
  offset: number,
): SymbolLayerSpecification['layout'] {
  return {
    'text-field': communeNameExpression(language),
    'text-font': FONT_STACK,
    'text-size': ['interpolate', ['linear'], ['zoom'], 7, far, 10, middle, 13, near],
    'text-max-width': 8,
    'text-padding': 3,
    'text-variable-anchor': [...LABEL_ANCHORS],
    'text-radial-offset': offset,
    'text-justify': 'auto',
    'symbol-sort-key': ['-', ['get', 'population']],
  };
}

/** The glyphs URL for an app served under `base` (import.meta.env.BASE_URL) at `origin`. */
export function glyphsUrl(pageUrl: string, base: string): string {
  return `${new URL(base, pageUrl).href}fonts/{fontstack}/{range}.pbf`;
}

/** A commune's name in the interface language: Dutch in Dutch, German in German, else French. */
export function communeNameExpression(language: Language): ExpressionSpecification {
  if (language === 'nl') return ['coalesce', ['get', 'name_nl'], ['get', 'name_fr']];
  if (language === 'de') return ['coalesce', ['get', 'name_de'], ['get', 'name_fr']];
  return ['get', 'name_fr'];
}

/** The category colour of a site. */
export function categoryColorExpression(): ExpressionSpecification {
  const pairs = LEGEND_CATEGORIES.flatMap((category) => [category, CATEGORY_COLORS[category]]);
  return [
    'match',
    ['get', 'category'],
    ...pairs,
    CATEGORY_COLORS.other,
  ] as unknown as ExpressionSpecification;
}

const EXACT: ExpressionSpecification = ['==', ['get', 'precision'], 'exact'];

/** A cluster of sites (several points gathered at this zoom). */
const CLUSTER: ExpressionSpecification = ['has', 'point_count'];
/** Sites drawn as one symbol: several at one point, or any placed only in an area. */
const GROUP: ExpressionSpecification = [
  'all',
  ['!', CLUSTER],
  ['any', ['>', ['get', 'sites'], 1], IN_AREA],
];
/** A site alone at its point. */
const SINGLE: ExpressionSpecification = ['all', ['!', CLUSTER], ['!', GROUP]];

/** How many sites a cluster or group holds, written as the interface language writes it. */
export function siteCountExpression(language: Language): ExpressionSpecification {
  return ['number-format', ['get', 'sites'], { locale: language }];
}

/** The clusters add up the sites and each category's count of what they gather. */
function clusterProperties(): Record<string, unknown> {
  const counts = Object.fromEntries(
    CATEGORIES.map((category) => [
      categoryCount(category),
      ['+', ['coalesce', ['get', categoryCount(category)], 0]],
    ]),
  );
  return { sites: ['+', ['get', 'sites']], ...counts };
}

/** The count over a cluster's or group's symbol (over the badge's white, above its bar). */
function countLayout(language: Language) {
  return {
    'text-field': siteCountExpression(language),
    'text-font': FONT_STACK,
    'text-size': 11,
    'text-allow-overlap': true,
    'icon-allow-overlap': true,
    // The symbols claim their room, so that place names are never drawn under them.
    'icon-ignore-placement': false,
    'text-ignore-placement': false,
  } as const;
}
const STATBEL = '© Statbel (CC BY 4.0)';
const PLACE_NAMES = '© OpenStreetMap contributors (ODbL), GeoNames (CC BY 4.0)';

/** The style the map opens with: empty sources, filled by the controller. */
export function buildStyle(options: { glyphs: string; language: Language }): StyleSpecification {
  const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
  const color = categoryColorExpression();
  const layers: LayerSpecification[] = [
    {
      id: LAYERS.background,
      type: 'background',
      paint: { 'background-color': MAP_COLORS.background },
    },
    {
      id: LAYERS.communesFill,
      type: 'fill',
      source: SOURCES.communes,
      paint: { 'fill-color': MAP_COLORS.communeFill, 'fill-opacity': 1 },
    },
    {
      id: LAYERS.selectedCommuneFill,
      type: 'fill',
      source: SOURCES.communes,
      filter: placesFilter([]),
      paint: { 'fill-color': MAP_COLORS.selectedCommune, 'fill-opacity': 0.12 },
    },
    {
      id: LAYERS.communesLine,
      type: 'line',
      source: SOURCES.communes,
      paint: {
        'line-color': MAP_COLORS.communeLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.4, 11, 1.2],
      },
    },
    // The choropleths of figures given per arrondissement or per province: shown only then,
    // over the communes' outlines, which show through faintly.
    ...[
      [LAYERS.arrondissementsFill, SOURCES.arrondissements],
      [LAYERS.provincesFill, SOURCES.provinces],
    ].map(
      ([id, source]): LayerSpecification => ({
        id: id as string,
        type: 'fill',
        source: source as string,
        layout: { visibility: 'none' },
        paint: { 'fill-color': MAP_COLORS.communeFill, 'fill-opacity': LEVEL_FILL_OPACITY },
      }),
    ),
    {
      id: LAYERS.arrondissementsLine,
      type: 'line',
      source: SOURCES.arrondissements,
      paint: {
        'line-color': MAP_COLORS.arrondissementLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 11, 2],
      },
    },
    {
      id: LAYERS.provincesLine,
      type: 'line',
      source: SOURCES.provinces,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': MAP_COLORS.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.5, 11, 3],
      },
    },
    {
      // The communes chosen in the filter: outlined, the map inside them left clear.
      id: LAYERS.chosenCommunesLine,
      type: 'line',
      source: SOURCES.communes,
      filter: placesFilter([]),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': MAP_COLORS.selectedCommune, 'line-width': 2.5 },
    },
    {
      id: LAYERS.selectedCommuneLine,
      type: 'line',
      source: SOURCES.communes,
      filter: placesFilter([]),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': MAP_COLORS.selectedCommune, 'line-width': 3 },
    },
    // A selected arrondissement or province: its own boundary, drawn as a commune's.
    ...[
      [LAYERS.selectedArrondissementLine, SOURCES.arrondissements],
      [LAYERS.selectedProvinceLine, SOURCES.provinces],
    ].map(
      ([id, source]): LayerSpecification => ({
        id: id as string,
        type: 'line',
        source: source as string,
        filter: placesFilter([]),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': MAP_COLORS.selectedCommune, 'line-width': 3 },
      }),
    ),
    {
      id: LAYERS.localityLabels,
      type: 'symbol',
      source: SOURCES.localityLabels,
      minzoom: LOCALITY_MIN_ZOOM,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_STACK,
        'text-size': ['interpolate', ['linear'], ['zoom'], LOCALITY_MIN_ZOOM, 10, 14, 13],
        'text-max-width': 8,
        'text-padding': 2,
      },
      paint: {
        'text-color': MAP_COLORS.localityLabel,
        'text-halo-color': MAP_COLORS.labelHalo,
        'text-halo-width': 1.2,
      },
    },
    {
      // Every commune but the towns, as room allows: the most populous first.
      id: LAYERS.communeLabels,
      type: 'symbol',
      source: SOURCES.communeLabels,
      filter: ['<', ['get', 'population'], TOWN_POPULATION],
      layout: communeLabelLayout(options.language, [10, 12.5, 15], 1.5),
      paint: {
        'text-color': MAP_COLORS.label,
        'text-halo-color': MAP_COLORS.labelHalo,
        'text-halo-width': 1.5,
      },
    },
    {
      // The towns: placed before every other name (layers above are placed first), beside
      // the sites' symbols, which are placed before them.
      id: LAYERS.townLabels,
      type: 'symbol',
      source: SOURCES.communeLabels,
      filter: [
        'all',
        ['>=', ['get', 'population'], TOWN_POPULATION],
        ['<', ['get', 'population'], CITY_POPULATION],
      ],
      // Far enough from the point to clear the largest cluster's ring standing on it.
      layout: communeLabelLayout(options.language, [13, 15.5, 18], 2.2),
      paint: {
        'text-color': MAP_COLORS.townLabel,
        'text-halo-color': MAP_COLORS.labelHalo,
        'text-halo-width': 2,
      },
    },
    {
      // A ring of the categories' colours around the count of the sites gathered.
      id: LAYERS.clusters,
      type: 'symbol',
      source: SOURCES.sites,
      filter: CLUSTER,
      layout: { 'icon-image': symbolImageExpression('ring'), ...countLayout(options.language) },
      paint: { 'text-color': MAP_COLORS.groupText },
    },
    {
      // Sites known only by their commune or postcode: a badge for the area, the count over a
      // bar of the categories; several sites at one address: a ring, as a cluster's.
      id: LAYERS.groups,
      type: 'symbol',
      source: SOURCES.sites,
      filter: GROUP,
      layout: {
        'icon-image': symbolImageExpression(['case', IN_AREA, 'badge', 'ring']),
        ...countLayout(options.language),
        'text-offset': ['case', IN_AREA, ['literal', [0, -0.25]], ['literal', [0, 0]]],
      },
      paint: { 'text-color': MAP_COLORS.groupText },
    },
    {
      // A site alone at its address: a filled dot; at a point no source called exact: a
      // pale disc with a thick ring in the category colour (the legend explains both).
      id: LAYERS.sites,
      type: 'circle',
      source: SOURCES.sites,
      filter: SINGLE,
      paint: {
        'circle-color': color,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 5, 14, 8],
        'circle-opacity': ['case', EXACT, 1, 0.25],
        'circle-stroke-color': ['case', EXACT, '#ffffff', color],
        'circle-stroke-width': ['case', EXACT, 1.5, 2.5],
      },
    },
    {
      id: LAYERS.selectedSitesHalo,
      type: 'circle',
      source: SOURCES.selectedSites,
      paint: {
        'circle-radius': SELECTION_RADIUS,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': MAP_COLORS.selectionHalo,
        'circle-stroke-width': 6,
      },
    },
    {
      id: LAYERS.selectedSites,
      type: 'circle',
      source: SOURCES.selectedSites,
      paint: {
        'circle-radius': SELECTION_RADIUS,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': MAP_COLORS.selection,
        'circle-stroke-width': 3,
      },
    },
    {
      // The cities, on top: placed first, so always labelled, and never under a symbol.
      id: LAYERS.cityLabels,
      type: 'symbol',
      source: SOURCES.communeLabels,
      filter: ['>=', ['get', 'population'], CITY_POPULATION],
      layout: communeLabelLayout(options.language, [14, 16.5, 19], 2.2),
      paint: {
        'text-color': MAP_COLORS.townLabel,
        'text-halo-color': MAP_COLORS.labelHalo,
        'text-halo-width': 2,
      },
    },
  ];
  return {
    version: 8,
    glyphs: options.glyphs,
    sources: {
      [SOURCES.provinces]: { type: 'geojson', data: empty() },
      [SOURCES.arrondissements]: { type: 'geojson', data: empty() },
      [SOURCES.communes]: { type: 'geojson', data: empty(), attribution: STATBEL },
      [SOURCES.communeLabels]: { type: 'geojson', data: empty() },
      [SOURCES.localityLabels]: { type: 'geojson', data: empty(), attribution: PLACE_NAMES },
      [SOURCES.sites]: {
        type: 'geojson',
        data: empty(),
        cluster: true,
        clusterRadius: 40,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        clusterProperties: clusterProperties(),
      },
      [SOURCES.selectedSites]: { type: 'geojson', data: empty() },
    },
    layers,
  };
}

/**
 * The filter that shows only the places (communes, arrondissements or provinces) of these
 * REFNIS codes: the communes chosen in the explorer's filter, the place selected; none when
 * there is no code.
 */
export function placesFilter(nisCodes: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'nis_code'], ['literal', [...nisCodes]]];
}

/** The online OpenStreetMap raster tiles: a source added only when the user turns it on. */
export const BASEMAP_SOURCE: RasterSourceSpecification = {
  type: 'raster',
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 19,
  attribution:
    '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap</a>',
};

export const BASEMAP_LAYER: RasterLayerSpecification = {
  id: LAYERS.basemap,
  type: 'raster',
  source: SOURCES.basemap,
  paint: { 'raster-opacity': 1 },
};

/** How opaque an arrondissement's or a province's colour is: the communes' outlines show through. */
export const LEVEL_FILL_OPACITY = 0.85;

/** How opaque the commune fill is: see-through over the basemap, solid without it. */
export function communeFillOpacity(basemap: boolean): number {
  return basemap ? 0.2 : 1;
}
