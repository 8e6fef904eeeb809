import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { prepareFiltersWhenIdle } from '../../../src/app/prepare_filters';
import { siteIndexOf } from '../../../src/explore/site_index';
import { createAtlasStore } from '../../../src/store/atlas_store';
import { curatedDataset } from '../ui/render_atlas';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** The gazetteer and (empty) geography the app loads with the curated dataset. */
function curated() {
  return {
    gazetteer: loadGazetteerSync(),
    geography: { communes: EMPTY, arrondissements: EMPTY, provinces: EMPTY },
  };
}

describe('prepareFiltersWhenIdle', () => {
  const idle: IdleRequestCallback[] = [];
  const runIdle = (milliseconds: number) => {
    for (const callback of idle.splice(0)) {
      callback({ didTimeout: false, timeRemaining: () => milliseconds });
    }
  };
  beforeEach(() => {
    idle.length = 0;
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('builds the index of newly loaded sites in idle moments, and stops when they change', () => {
    const store = createAtlasStore();
    prepareFiltersWhenIdle(store);
    const { gazetteer, geography } = curated();
    store.getState().datasetLoaded(curatedDataset(), gazetteer, geography, 'v1');
    const sites = store.getState().sites;
    expect(idle).toHaveLength(1);
    // No time left: nothing built, and it asks again.
    runIdle(0);
    expect(idle).toHaveLength(1);
    runIdle(50);
    expect(idle).toHaveLength(0);
    expect(siteIndexOf(sites).prepareNext()).toBe(false);
  });

  it('leaves sites that changed before the idle moment came', () => {
    const store = createAtlasStore();
    prepareFiltersWhenIdle(store);
    const { gazetteer, geography } = curated();
    store.getState().datasetLoaded(curatedDataset(), gazetteer, geography, 'v1');
    const before = store.getState().sites;
    store.getState().datasetLoaded(curatedDataset(), gazetteer, geography, 'v2');
    const after = store.getState().sites;
    expect(after).not.toBe(before);
    runIdle(50);
    expect(siteIndexOf(after).prepareNext()).toBe(false);
    expect(siteIndexOf(before).prepareNext()).toBe(true);
  });
});
