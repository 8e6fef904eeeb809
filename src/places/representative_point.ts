import { pointOnFeature } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/**
 * The one point a feature is placed at: a point itself, a multipoint's first, else a point on
 * the surface of a line or polygon (never outside it, unlike a centroid). Null when the
 * geometry has none.
 */
export function representativePoint(geometry: Geometry | null): Position | null {
  if (!geometry) return null;
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'MultiPoint') return geometry.coordinates[0] ?? null;
  try {
    return pointOnFeature(geometry).geometry.coordinates;
  } catch {
    return null;
  }
}
