import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { LAYERS, SOURCES } from './layers';

/** The colour of each commune, by NIS code; null to draw none. */
export type CommuneColors = ReadonlyMap<string, string> | null;

/**
 * The communes' fill colour as one `match` expression on their code: a change of measure
 * or classes repaints them with one paint property, with no source reloaded.
 */
export function communeFillColor(
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
