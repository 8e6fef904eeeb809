import type { Location } from '../model/schemas';
import type { Gazetteer } from '../places/types';
import type { Change } from './patch';
import { updateRecord } from './record_edits';

/**
 * Decimal places kept for a point placed by hand: 6 decimals are about 0.1 m, finer than
 * a click can aim, so the stored value does not pretend to a precision it lacks.
 */
export const PLACED_DECIMALS = 6;

function rounded(value: number): number {
  const factor = 10 ** PLACED_DECIMALS;
  return Math.round(value * factor) / factor;
}

/**
 * Places a location at a point the user chose on the map (a click or the end of a drag):
 * its coordinates, `location_precision` 'exact' (a person put it there, it is no longer a
 * postcode or commune centroid) and the commune that contains the point, from the
 * gazetteer, so the site is counted and filtered in the commune it now stands in. A point
 * outside every Walloon commune gets no commune rather than keeping one it is not in.
 *
 * `location` is the record as the user saw it: each change carries its value as `old`, so
 * the write path refuses the move if someone changed the location meanwhile. Returns no
 * change when the coordinates are not finite or the location is already exactly there.
 */
export function moveLocation(
  location: Location,
  longitude: number,
  latitude: number,
  gazetteer: Pick<Gazetteer, 'communeAt'>,
): Change[] {
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) return [];
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return [];
  const lon = rounded(longitude);
  const lat = rounded(latitude);
  return updateRecord('locations', location, {
    latitude: lat,
    longitude: lon,
    location_precision: 'exact',
    nis_code: gazetteer.communeAt(lon, lat)?.nis_code ?? '',
  });
}
