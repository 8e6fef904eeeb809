import { moveLocation } from '../edits/move_location';
import { findRecord } from '../edits/patch';
import type { Location } from '../model/schemas';
import type { AtlasStore } from '../store/atlas_store';
import type { TransactResult } from '../store/editing';

/** The location being placed, as the data holds it now, or undefined when there is none. */
export function placingLocation(state: {
  placing: string | null;
  dataset: { locations: Location[] };
}): Location | undefined {
  const id = state.placing;
  return id === null ? undefined : state.dataset.locations.find((location) => location.id === id);
}

/** What the user reads for a location: its name, else its address. */
export function locationLabel(location: Location): string {
  if (location.name.trim()) return location.name;
  const town = [location.postal_code, location.city].filter(Boolean).join(' ');
  return [location.address_1, town].filter(Boolean).join(', ');
}

/**
 * Puts the location being placed at the point the user chose, as one 'moveLocation'
 * transaction through the store's write path, and ends placement. The location is read
 * from the store at that moment: what the map shows is what the user saw.
 */
export function placeLocationAt(
  store: AtlasStore,
  locationId: string,
  longitude: number,
  latitude: number,
): TransactResult | null {
  const state = store.getState();
  if (state.placing !== locationId || !state.gazetteer) return null;
  const location = findRecord(state.dataset, 'locations', locationId) as Location | undefined;
  // Placement ends either way: a location deleted meanwhile leaves nothing to place.
  const result = location
    ? state.transact(moveLocation(location, longitude, latitude, state.gazetteer), 'moveLocation')
    : null;
  store.getState().setPlacing(null);
  return result;
}
