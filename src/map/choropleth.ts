import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlaceLevel } from '../analysis/place_levels';
import { LAYERS, SOURCES } from './layers';

/** The colour of each place of one level (communes, arrondissements or provinces), by REFNIS code. */
export interface PlaceColors {
  level: PlaceLevel;
  colors: ReadonlyMap<string, string>;
}

/** The fill layer that draws the places of each level. */
export const LEVEL_FILL_LAYERS: Record<PlaceLevel, string> = {
  commune: LAYERS.communesFill,
  arrondissement: LAYERS.arrondissementsFill,
  province: LAYERS.provincesFill,
};

/**
 * The places' fill colour as one `match` expression on their code: a change of measure,
 * month or classes repaints them with one paint property, with no source reloaded.
 */
export function placeFillColor(
  colors: ReadonlyMap<string, string>,
  fallback: string,
): ExpressionSpecification {
  const pairs = [...colors].flat();
  if (pairs.length === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
  return ['match', ['get', 'nis_code'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

export const AREA_LAYERS = { fill: 'service-area-fill', line: 'service-area-line' } as const;

const AREA_COLOR = '#6a3d9a';

/** The communes of a list, as a layer filter ('none' when the list is empty). */
export function communesIn(codes: readonly string[]): FilterSpecification {
  return ['in', ['get', 'nis_code'], ['literal', [...codes]]] as unknown as FilterSpecification;
}

/**
 * The service area of the selected service: its communes tinted and outlined in a colour no
 * category uses, drawn over the communes and under the boundaries and sites.
 */
export const SERVICE_AREA_LAYERS: readonly LayerSpecification[] = [
  {
    id: AREA_LAYERS.fill,
    type: 'fill',
    source: SOURCES.communes,
    filter: communesIn([]),
    paint: { 'fill-color': AREA_COLOR, 'fill-opacity': 0.16 },
  },
  {
    id: AREA_LAYERS.line,
    type: 'line',
    source: SOURCES.communes,
    filter: communesIn([]),
    paint: { 'line-color': AREA_COLOR, 'line-width': 1.5, 'line-dasharray': [2, 1] },
  },
];

/** Where the service-area layers go: just above the communes' fill. */
export const SERVICE_AREA_BEFORE = LAYERS.communesLine;
