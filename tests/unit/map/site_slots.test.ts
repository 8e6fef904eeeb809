import fc from 'fast-check';
import type { SiteRow } from '../../../src/explore/sites';
import { SiteSlotMirror } from '../../../src/map/site_slots';
import {
  groupByPoint,
  heldSite,
  keepSitesInWorker,
  type MapLibreWorkerScope,
  maskSelects,
  parseSiteUrl,
  SiteSlots,
} from '../../../src/map/site_worker';

function site(id: string, longitude: number, category = 'housing'): SiteRow {
  return {
    id,
    searchText: id,
    service: { name: `Service ${id}`, category },
    organization: { id: 'org' },
    location: { latitude: 50.5, longitude, location_precision: 'exact' },
    commune: undefined,
  } as unknown as SiteRow;
}

/** The mirror on the main thread and the worker's copy, wired as the map wires them. */
function pair() {
  const mirror = new SiteSlotMirror();
  const worker = new SiteSlots();
  return {
    mirror,
    worker,
    /** A new version of the dataset: returns whether the workers were sent anything. */
    load(all: SiteRow[]): boolean {
      const sync = mirror.follow(all);
      if (sync) worker.apply(sync);
      return sync !== null;
    },
    /** What the sites source would draw for `visible`, or null when it is left alone. */
    async draw(visible: SiteRow[], all: SiteRow[]): Promise<string[] | null> {
      const url = mirror.urlFor(mirror.mask(visible, all), 'atlas-sites');
      if (url === null) return null;
      const { generation, mask } = parseSiteUrl(url);
      await worker.ready(generation);
      return worker.select(mask).ids;
    },
  };
}

describe('the sites held in the map workers', () => {
  const all = Array.from({ length: 20 }, (_, index) => site(`s${index}`, 4 + index / 10));

  it('selects the visible sites by a bit mask, in dataset order', async () => {
    const { load, draw } = pair();
    load(all);
    expect(await draw(all, all)).toHaveLength(20);
    const some = [all[17], all[2], all[9]] as SiteRow[];
    expect(await draw(some, all)).toEqual(['s2', 's9', 's17']);
    // The same sites again: the source is left alone.
    expect(await draw([...some], all)).toBeNull();
    expect(await draw([], all)).toEqual([]);
  });

  it('sends only what an edit changed, and redraws only when a shown site changed', async () => {
    const { load, draw } = pair();
    load(all);
    await draw(all.slice(0, 5), all);
    // A rename changes no feature: nothing is sent, nothing redrawn.
    const renamed = all.map((item, index) =>
      index === 2 ? ({ ...item, service: { ...item.service, name: 'New' } } as SiteRow) : item,
    );
    expect(load(renamed)).toBe(false);
    expect(await draw(renamed.slice(0, 5), renamed)).toBeNull();
    // A new category outside the view is sent, but the view is not redrawn.
    const hidden = renamed.map((item, index) =>
      index === 12 ? site('s12', 5.2, 'language') : item,
    );
    expect(load(hidden)).toBe(true);
    expect(await draw(hidden.slice(0, 5), hidden)).toBeNull();
    // One inside the view redraws it, with the new feature.
    const shown = hidden.map((item, index) => (index === 3 ? site('s3', 4.3, 'language') : item));
    load(shown);
    expect(await draw(shown.slice(0, 5), shown)).toEqual(['s0', 's1', 's2', 's3', 's4']);
  });

  it('follows an edit at the cost of its rows: what it changed, or its removal from the map', () => {
    const mirror = new SiteSlotMirror();
    const sites = [site('a', 5), site('b', 5), site('c', 6)] as [SiteRow, SiteRow, SiteRow];
    mirror.follow(sites);
    // A new category for b: only b is sent.
    const edited = [sites[0], site('b', 5, 'language'), sites[2]] as [SiteRow, SiteRow, SiteRow];
    const placed = mirror.features;
    const sync = mirror.follow(edited);
    expect(mirror.features).toBe(placed); // the other sites were not placed again
    const put = JSON.parse(sync?.put ?? '[]') as [number, { properties: { category: string } }][];
    expect(put.map(([, feature]) => feature.properties.category)).toEqual(['language']);
    // An edit that changes nothing drawn (a name) sends nothing.
    const renamed = { ...edited[2], service: { ...edited[2].service, name: 'Renamed' } };
    expect(mirror.follow([edited[0], edited[1], renamed] as SiteRow[])).toBeNull();
    // a loses its coordinates: its slot is freed, nothing else is sent.
    const unplaced = { ...sites[0], location: { ...sites[0].location, latitude: null } };
    const removal = mirror.follow([unplaced, edited[1], renamed] as SiteRow[]);
    expect(removal?.remove).toHaveLength(1);
    expect(removal?.put).toBe('[]');
  });

  it('forgets removed sites and gives new ones their own slot', async () => {
    const { load, draw } = pair();
    load(all);
    const fewer = [...all.slice(0, 3), site('new', 6)];
    load(fewer);
    expect(await draw(fewer, fewer)).toEqual(['s0', 's1', 's2', 'new']);
    expect(await draw([fewer[3] as SiteRow], fewer)).toEqual(['new']);
  });

  it('makes the mask of a list shown before anew once its sites have moved to other slots', async () => {
    const { load, draw } = pair();
    const many = Array.from({ length: 1100 }, (_, index) => site(`m${index}`, 4 + index / 1000));
    const kept = many.slice(1090);
    const shown = kept.slice(0, 5);
    load(many);
    expect(await draw(shown, many)).toEqual(shown.map((item) => item.id));
    // Most sites removed: the slots are compacted, the same list now has other slots.
    load(kept);
    expect(await draw(shown, kept)).toEqual(shown.map((item) => item.id));
  });

  it('starts workers that restart from everything the map shows', async () => {
    const { mirror, load } = pair();
    load(all);
    const fresh = new SiteSlots();
    fresh.apply(mirror.full());
    expect(fresh.select('all').ids).toHaveLength(20);
  });

  it('ignores a change list that skips a version, until everything is sent again', () => {
    const mirror = new SiteSlotMirror();
    const worker = new SiteSlots();
    const first = mirror.follow(all);
    if (first) worker.apply(first);
    mirror.follow(all.slice(1)); // lost on its way
    const third = mirror.follow(all.slice(2));
    if (third) worker.apply(third);
    expect(worker.generation).toBe(1);
    expect(worker.select('all').ids).toHaveLength(20);
    worker.apply(mirror.full());
    expect(worker.generation).toBe(3);
    expect(worker.select('all').ids).toHaveLength(18);
  });

  it('reads masks of any length, and "all"', () => {
    const mirror = new SiteSlotMirror();
    expect(maskSelects('all')(123_456)).toBe(true);
    const selects = maskSelects(mirror.mask([], null));
    expect(selects(0)).toBe(false);
  });
});

describe('the GeoJSON worker source in the map workers', () => {
  /** A stand-in of MapLibre's worker source: loading from a URL echoes the data back. */
  class FakeGeoJSONWorkerSource {
    async loadData(params: { request?: { url: string } }): Promise<{ data?: unknown }> {
      return params.request ? { data: { type: 'FeatureCollection', features: [] } } : {};
    }
  }

  it('keeps the sites in the worker, and leaves other URL sources their echo', async () => {
    const sites = new FakeGeoJSONWorkerSource();
    const other = new FakeGeoJSONWorkerSource();
    const scope = {
      worker: { workerSources: { map1: { geojson: { sites, other } } } },
    } as unknown as MapLibreWorkerScope;
    keepSitesInWorker(scope);
    keepSitesInWorker(scope);
    expect(await sites.loadData({ request: { url: 'atlas-sites://3/all' } })).toEqual({});
    expect(await other.loadData({ request: { url: 'https://example.org/a.geojson' } })).toEqual({
      data: { type: 'FeatureCollection', features: [] },
    });
  });
});

describe('what the map workers draw of the sites', () => {
  function held(id: string, point: [number, number], precision: string, category = 'housing') {
    return heldSite({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: point },
      properties: { id, category, precision },
    });
  }

  it('draws a site alone at its point as itself, counting itself once', () => {
    const [drawn] = groupByPoint([held('a', [5, 50], 'exact', 'legal')]);
    expect(drawn?.properties).toEqual({
      id: 'a',
      category: 'legal',
      precision: 'exact',
      sites: 1,
      n_legal: 1,
    });
  });

  it('draws the sites of one commune as one symbol there, with their count by category', () => {
    const sites = [
      held('a', [5, 50], 'commune', 'housing'),
      held('b', [4, 50], 'commune', 'housing'),
      held('c', [5, 50], 'commune', 'language'),
      held('d', [5, 50], 'commune', 'housing'),
      // An address at the very same point is not the commune's.
      held('e', [5, 50], 'exact', 'housing'),
    ];
    const drawn = groupByPoint(sites);
    expect(drawn.map((feature) => feature.properties.sites)).toEqual([3, 1, 1]);
    expect(drawn[0]?.properties).toMatchObject({ id: 'a', n_housing: 2, n_language: 1 });
    expect(drawn[0]?.geometry.coordinates).toEqual([5, 50]);
    // The sites' own features are left as they were, for the next request.
    expect(sites[0]?.feature.properties.sites).toBe(1);
    expect(groupByPoint(sites)[0]?.properties.sites).toBe(3);
  });

  it('counts every site once, whatever the grouping (property)', () => {
    const point = fc.constantFrom<[number, number]>([5, 50], [4, 50], [6, 49.5]);
    const precision = fc.constantFrom('exact', 'commune', 'postcode', '');
    const category = fc.constantFrom('housing', 'language', 'legal');
    fc.assert(
      fc.property(fc.array(fc.tuple(point, precision, category), { maxLength: 40 }), (rows) => {
        const drawn = groupByPoint(rows.map(([at, how, what], i) => held(`s${i}`, at, how, what)));
        const total = drawn.reduce((sum, feature) => sum + feature.properties.sites, 0);
        expect(total).toBe(rows.length);
        for (const what of ['housing', 'language', 'legal']) {
          const counted = drawn.reduce(
            (sum, feature) => sum + Number(feature.properties[`n_${what}`] ?? 0),
            0,
          );
          expect(counted).toBe(rows.filter((row) => row[2] === what).length);
        }
        const points = new Set(
          rows.map(([at, how]) => `${at}${how === 'commune' || how === 'postcode'}`),
        );
        expect(drawn).toHaveLength(points.size);
      }),
    );
  });
});
