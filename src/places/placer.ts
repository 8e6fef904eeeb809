import { placeLocation } from './place_location';
import type { Gazetteer, PlaceInput, Placement } from './types';

export type Placer = (input: PlaceInput) => Placement;

const CACHE_LIMIT = 20_000;

/** What places a row, as one text: the same text for the same facts. */
function placeKey(input: PlaceInput): string {
  // One join instead of a template of 17 parts, which made as many string pieces per row.
  return [
    input.latitude,
    input.longitude,
    input.x,
    input.y,
    String(input.crs),
    input.postal_code,
    input.city,
    input.nis_code,
    input.location_precision,
  ].join('|');
}

function samePlace(a: PlaceInput, b: PlaceInput): boolean {
  return (
    a.latitude === b.latitude &&
    a.longitude === b.longitude &&
    a.x === b.x &&
    a.y === b.y &&
    a.crs === b.crs &&
    a.postal_code === b.postal_code &&
    a.city === b.city &&
    a.nis_code === b.nis_code &&
    a.location_precision === b.location_precision
  );
}

/**
 * `placeLocation` bound to a gazetteer, remembering its recent answers: a file lists the
 * same place (a postcode, a commune, a site's point) on many rows, and each distinct one
 * is placed once. Placements are shared and must not be mutated.
 */
export function createPlacer(gazetteer: Gazetteer): Placer {
  const cache = new Map<string, Placement>();
  let lastInput: PlaceInput | null = null;
  let lastPlacement: Placement | null = null;
  return (input) => {
    // A site listed again on the next row (another of its services) is answered without
    // making and hashing its key.
    if (lastInput && lastPlacement && samePlace(lastInput, input)) return lastPlacement;
    const key = placeKey(input);
    let placement = cache.get(key);
    if (!placement) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      placement = placeLocation(input, gazetteer);
      cache.set(key, placement);
    }
    lastInput = input;
    lastPlacement = placement;
    return placement;
  };
}
