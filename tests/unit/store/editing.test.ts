import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { updateRecord } from '../../../src/edits/record_edits';
import { createAtlasStore } from '../../../src/store/atlas_store';
import { editFixture } from '../edits/edit_fixture';

const gazetteer = loadGazetteerSync();
const geography = {
  communes: { type: 'FeatureCollection' as const, features: [] },
  arrondissements: { type: 'FeatureCollection' as const, features: [] },
  provinces: { type: 'FeatureCollection' as const, features: [] },
};

function loadedStore() {
  const store = createAtlasStore();
  store.getState().datasetLoaded(editFixture(), gazetteer, geography, 'v1');
  store.getState().setAuthor('Ana');
  return store;
}

describe('the write path', () => {
  it('applies an edit as one transaction that every view sees, and undoes and redoes it', () => {
    const store = loadedStore();
    const service = store.getState().dataset.services[0];
    if (!service) throw new Error('fixture');
    const result = store
      .getState()
      .transact(
        updateRecord('services', service, { name: 'Aide urgente', category: 'housing' }),
        'editRecord',
      );
    expect(result.ok).toBe(true);
    const state = store.getState();
    expect(state.history.done).toHaveLength(1);
    expect(state.history.done[0]).toMatchObject({ author: 'Ana', label: 'editRecord' });
    expect(state.sites[0]?.service.name).toBe('Aide urgente');
    expect(state.visible[0]?.service.category).toBe('housing');
    expect(state.base.services[0]?.name).toBe('Aide sociale');

    expect(store.getState().undo().ok).toBe(true);
    expect(store.getState().sites[0]?.service.name).toBe('Aide sociale');
    expect(store.getState().history.undone).toHaveLength(1);
    expect(store.getState().redo().ok).toBe(true);
    expect(store.getState().sites[0]?.service.name).toBe('Aide urgente');
    expect(store.getState().redo()).toEqual({ ok: false, reason: 'nothing' });
  });

  it('keeps the filter counts as they were for a rename, and moves them for a new category', () => {
    const store = loadedStore();
    const before = store.getState().facets;
    expect([...before.categories]).toEqual([['social_aid', 1]]);
    const service = store.getState().dataset.services[0];
    if (!service) throw new Error('fixture');
    store.getState().transact(updateRecord('services', service, { name: 'Aide' }), 'editRecord');
    expect(store.getState().facets).toBe(before);
    const renamed = store.getState().dataset.services[0];
    if (!renamed) throw new Error('fixture');
    store
      .getState()
      .transact(updateRecord('services', renamed, { category: 'housing' }), 'editRecord');
    expect([...store.getState().facets.categories]).toEqual([['housing', 1]]);
    expect(store.getState().facets.statuses).toBe(before.statuses);
    store.getState().undo();
    expect([...store.getState().facets.categories]).toEqual([['social_aid', 1]]);
  });

  it('records an edit before deriving the rows, so that saving it starts first', () => {
    const store = loadedStore();
    const service = store.getState().dataset.services[0];
    if (!service) throw new Error('fixture');
    const seen: { logged: number; name: string | undefined }[] = [];
    store.subscribe((state) =>
      seen.push({ logged: state.history.done.length, name: state.sites[0]?.service.name }),
    );
    store.getState().transact(updateRecord('services', service, { name: 'Aide' }), 'editRecord');
    // First the change log (with the rows not derived yet), then the rows.
    expect(seen).toEqual([
      { logged: 1, name: 'Aide sociale' },
      { logged: 1, name: 'Aide' },
    ]);
  });

  it('refuses an edit made on a stale view of the record, and a new edit clears the redo stack', () => {
    const store = loadedStore();
    const seen = store.getState().dataset.services[0];
    if (!seen) throw new Error('fixture');
    store.getState().transact(updateRecord('services', seen, { name: 'Premier' }), 'editRecord');
    const stale = store
      .getState()
      .transact(updateRecord('services', seen, { name: 'Second' }), 'editRecord');
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    expect(store.getState().dataset.services[0]?.name).toBe('Premier');
    expect(store.getState().transact([], 'editRecord')).toEqual({ ok: false, reason: 'nothing' });

    store.getState().undo();
    const fresh = store.getState().dataset.services[0];
    if (!fresh) throw new Error('fixture');
    store
      .getState()
      .transact(updateRecord('services', fresh, { description: 'Nouvelle' }), 'editRecord');
    expect(store.getState().history.undone).toEqual([]);
  });
});
