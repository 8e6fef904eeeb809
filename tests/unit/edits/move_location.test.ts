import { describe, expect, it } from 'vitest';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { moveLocation } from '../../../src/edits/move_location';
import { applyPatch, conflictsOf, findRecord, invertPatch } from '../../../src/edits/patch';
import type { Location } from '../../../src/model/schemas';
import { editFixture } from './edit_fixture';

const gazetteer = loadGazetteerSync();

function fixtureLocation() {
  const dataset = editFixture();
  const location = dataset.locations[0] as Location;
  return { dataset, location };
}

describe('moveLocation', () => {
  it('places a location where the user clicked: exact, in the commune under the point', () => {
    const { dataset, location } = fixtureLocation();
    // From Liège (placed at its postcode) to the centre of Namur.
    const patch = moveLocation(location, 4.8617, 50.4618, gazetteer);
    const moved = findRecord(applyPatch(dataset, patch), 'locations', location.id) as Location;
    expect(moved).toMatchObject({
      longitude: 4.8617,
      latitude: 50.4618,
      location_precision: 'exact',
      nis_code: '92094',
    });
    // Only the place changes: the address the source gave stays for the user to review.
    expect(moved.city).toBe('Liège');
    expect(moved.postal_code).toBe('4000');
  });

  it('records the values the user saw as old, so a concurrent change is caught', () => {
    const { dataset, location } = fixtureLocation();
    const patch = moveLocation(location, 4.8617, 50.4618, gazetteer);
    expect(patch).toEqual(
      expect.arrayContaining([
        { table: 'locations', id: location.id, field: 'latitude', old: 50.63, new: 50.4618 },
        { table: 'locations', id: location.id, field: 'longitude', old: 5.57, new: 4.8617 },
        {
          table: 'locations',
          id: location.id,
          field: 'location_precision',
          old: 'postcode',
          new: 'exact',
        },
        { table: 'locations', id: location.id, field: 'nis_code', old: '62063', new: '92094' },
      ]),
    );
    expect(patch).toHaveLength(4);
    expect(conflictsOf(dataset, patch)).toEqual([]);
    const elsewhere = applyPatch(dataset, [
      { table: 'locations', id: location.id, field: 'latitude', old: 50.63, new: 50.7 },
    ]);
    expect(conflictsOf(elsewhere, patch).map((change) => change.field)).toEqual(['latitude']);
  });

  it('is undone by its inverse', () => {
    const { dataset, location } = fixtureLocation();
    const patch = moveLocation(location, 4.8617, 50.4618, gazetteer);
    const back = applyPatch(applyPatch(dataset, patch), invertPatch(patch));
    expect(findRecord(back, 'locations', location.id)).toEqual(location);
  });

  it('rounds the point to 6 decimals (about 10 cm)', () => {
    const { location } = fixtureLocation();
    const patch = moveLocation(location, 4.861712345678, 50.461898765432, gazetteer);
    const value = (field: string) => patch.find((change) => change.field === field)?.new;
    expect(value('longitude')).toBe(4.861712);
    expect(value('latitude')).toBe(50.461899);
  });

  it('changes only what differs: a site already exact in the same commune keeps its commune', () => {
    const { location } = fixtureLocation();
    const exact: Location = { ...location, location_precision: 'exact' };
    const patch = moveLocation(exact, 5.5734, 50.6451, gazetteer);
    expect(patch.map((change) => change.field).sort()).toEqual(['latitude', 'longitude']);
    expect(
      moveLocation({ ...exact, longitude: 5.5734, latitude: 50.6451 }, 5.5734, 50.6451, gazetteer),
    ).toEqual([]);
  });

  it('gives a point outside every Walloon commune no commune, and gives a location without a point one', () => {
    const { location } = fixtureLocation();
    // Brussels is not in the Walloon gazetteer: the old commune would be wrong, so it goes.
    const brussels = moveLocation(location, 4.3517, 50.8466, gazetteer);
    expect(brussels.find((change) => change.field === 'nis_code')?.new).toBe('');
    const unplaced: Location = { ...location, latitude: null, longitude: null, nis_code: '' };
    const placed = moveLocation(unplaced, 5.5734, 50.6451, gazetteer);
    expect(placed.find((change) => change.field === 'latitude')).toMatchObject({
      old: null,
      new: 50.6451,
    });
    expect(placed.find((change) => change.field === 'nis_code')?.new).toBe('62063');
  });

  it('refuses coordinates that are not a point on Earth', () => {
    const { location } = fixtureLocation();
    expect(moveLocation(location, Number.NaN, 50, gazetteer)).toEqual([]);
    expect(moveLocation(location, 5, Number.POSITIVE_INFINITY, gazetteer)).toEqual([]);
    expect(moveLocation(location, 200, 50, gazetteer)).toEqual([]);
  });
});
