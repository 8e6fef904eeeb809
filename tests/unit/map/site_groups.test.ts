import type { SiteRow } from '../../../src/explore/sites';
import { groupOf, isInArea } from '../../../src/map/site_groups';

function site(id: string, point: [number, number] | null, precision: string): SiteRow {
  return {
    id,
    searchText: id,
    service: { name: id, category: 'housing' },
    organization: undefined,
    location: {
      longitude: point?.[0] ?? null,
      latitude: point?.[1] ?? null,
      location_precision: precision,
    },
    commune: undefined,
  } as unknown as SiteRow;
}

describe('the group a symbol stands for', () => {
  const shown = [
    site('a', [4.85, 50.48], 'commune'),
    site('b', [4.85, 50.48], 'postcode'),
    site('c', [4.85, 50.48], 'exact'),
    site('d', [4.9, 50.48], 'commune'),
    site('e', null, 'commune'),
  ];

  it('holds the shown sites at its point, placed in an area as its first is', () => {
    const [first] = shown;
    expect(groupOf(first as SiteRow, shown)).toEqual({
      point: [4.85, 50.48],
      sites: [shown[0], shown[1]],
      inArea: true,
    });
    expect(groupOf(shown[2] as SiteRow, shown)?.sites.map((item) => item.id)).toEqual(['c']);
    expect(groupOf(shown[4] as SiteRow, shown)).toBeNull();
  });

  it('counts a commune or a postcode as an area, anything else as a point', () => {
    expect(shown.map(isInArea)).toEqual([true, true, false, true, true]);
    expect(isInArea(site('f', [5, 50], ''))).toBe(false);
  });
});
