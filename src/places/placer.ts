import { placeLocation } from './place_location';
import type { Gazetteer, PlaceInput, Placement } from './types';

export type Placer = (input: PlaceInput) => Placement;

const CACHE_LIMIT = 20_000;

/**
 * `placeLocation` bound to a gazetteer, remembering its recent answers: a file lists the
 * same place (a postcode, a commune, a site's point) on many rows, and each distinct one
 * is placed once. Placements are shared and must not be mutated.
 */
export function createPlacer(gazetteer: Gazetteer): Placer {
  const cache = new Map<string, Placement>();
  return (input) => {
    const key = `${input.latitude}|${input.longitude}|${input.x}|${input.y}|${input.crs}|${input.postal_code}|${input.city}|${input.nis_code}|${input.location_precision}`;
    let placement = cache.get(key);
    if (!placement) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      placement = placeLocation(input, gazetteer);
      cache.set(key, placement);
    }
    return placement;
  };
}
