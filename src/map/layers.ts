import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  LayerSpecification,
  RasterLayerSpecification,
  RasterSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Language } from '../model/languages';
import { CATEGORY_COLORS, LEGEND_CATEGORIES, MAP_COLORS } from './palette';

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
  sites: 'sites',
  selectedSites: 'selected-sites',
  basemap: 'osm-basemap',
} as const;

export const LAYERS = {
  background: 'background',
  basemap: 'osm-basemap',
  communesFill: 'communes-fill',
  communesLine: 'communes-line',
  arrondissementsLine: 'arrondissements-line',
  provincesLine: 'provinces-line',
  selectedCommuneFill: 'selected-commune-fill',
  selectedCommuneLine: 'selected-commune-line',
  communeLabels: 'commune-labels',
  clusters: 'site-clusters',
  clusterCount: 'site-cluster-count',
  sites: 'site-points',
  selectedSitesHalo: 'selected-sites-halo',
  selectedSites: 'selected-sites',
} as const;

/** The layers a pointer can pick a site or a cluster from, top first. */
export const SITE_LAYERS: readonly string[] = [LAYERS.selectedSites, LAYERS.sites, LAYERS.clusters];

/** The font stack of public/fonts (see public/FONTS.md). */
export const FONT_STACK = ['dejavu-sans'];

/** Sites gather into clusters up to this zoom; beyond it every site is drawn. */
export const CLUSTER_MAX_ZOOM = 12;

/** The glyphs URL for an app served under `base` (import.meta.env.BASE_URL) at `origin`. */
export function glyphsUrl(pageUrl: string, base: string): string {
  return `${new URL(base, pageUrl).href}fonts/{fontstack}/{range}.pbf`;
}

/** A commune's name in the interface language: Dutch in Dutch, French otherwise. */
export function communeNameExpression(language: Language): ExpressionSpecification {
  if (language === 'nl') return ['coalesce', ['get', 'name_nl'], ['get', 'name_fr']];
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

const STATBEL = '© Statbel (CC BY 4.0)';

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
      filter: ['==', ['get', 'nis_code'], ''],
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
      id: LAYERS.selectedCommuneLine,
      type: 'line',
      source: SOURCES.communes,
      filter: ['==', ['get', 'nis_code'], ''],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': MAP_COLORS.selectedCommune, 'line-width': 3 },
    },
    {
      id: LAYERS.communeLabels,
      type: 'symbol',
      source: SOURCES.communeLabels,
      layout: {
        'text-field': communeNameExpression(options.language),
        'text-font': FONT_STACK,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10, 10, 13, 13, 15],
        'text-max-width': 8,
        'text-padding': 4,
        // Beside the commune's point, where the sites placed in the commune are drawn.
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
      paint: {
        'text-color': MAP_COLORS.label,
        'text-halo-color': MAP_COLORS.labelHalo,
        'text-halo-width': 1.5,
      },
    },
    {
      id: LAYERS.clusters,
      type: 'circle',
      source: SOURCES.sites,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': MAP_COLORS.cluster,
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 11, 10, 14, 50, 18, 200, 23, 1000, 28],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYERS.clusterCount,
      type: 'symbol',
      source: SOURCES.sites,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': MAP_COLORS.clusterText },
    },
    {
      // Exact sites: a filled dot. Sites placed at their postcode or commune: a pale disc
      // with a thick ring in the category colour (the legend explains it).
      id: LAYERS.sites,
      type: 'circle',
      source: SOURCES.sites,
      filter: ['!', ['has', 'point_count']],
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
        'circle-radius': 13,
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
        'circle-radius': 13,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': MAP_COLORS.selection,
        'circle-stroke-width': 3,
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
      [SOURCES.sites]: {
        type: 'geojson',
        data: empty(),
        cluster: true,
        clusterRadius: 40,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
      },
      [SOURCES.selectedSites]: { type: 'geojson', data: empty() },
    },
    layers,
  };
}

/** The filter that shows only the selected commune (none when `nisCode` is empty). */
export function selectedCommuneFilter(nisCode: string): ExpressionSpecification {
  return ['==', ['get', 'nis_code'], nisCode];
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

/** How opaque the commune fill is: see-through over the basemap, solid without it. */
export function communeFillOpacity(basemap: boolean): number {
  return basemap ? 0.2 : 1;
}
