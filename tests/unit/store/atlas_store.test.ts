import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { emptyDataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import { createAtlasStore } from '../../../src/store/atlas_store';

const gazetteer = loadGazetteerSync();
const geography = {
  communes: { type: 'FeatureCollection' as const, features: [] },
  arrondissements: { type: 'FeatureCollection' as const, features: [] },
  provinces: { type: 'FeatureCollection' as const, features: [] },
};

describe('the store', () => {
  it('drops a selection from a link that names nothing in the data, keeps one that does', () => {
    const dataset = emptyDataset();
    const orgId = stableId('organization', 'org');
    dataset.organizations.push({
      id: orgId,
      name: 'Org',
      alternate_name: '',
      description: '',
      org_type: 'ngo',
      level: '',
      website: '',
      email: '',
      phone: '',
      enterprise_number: '',
      parent_organization_id: '',
      contact_person: '',
      notes: '',
      source: '',
      source_consulted: '',
      last_verified: '',
    });
    const stale = createAtlasStore();
    stale.getState().restoreView({ selection: { kind: 'site', id: 'gone' } });
    stale.getState().datasetLoaded(dataset, gazetteer, geography);
    expect(stale.getState().selection).toBeNull();

    for (const selection of [
      { kind: 'organization' as const, id: orgId },
      { kind: 'commune' as const, id: '62063' },
    ]) {
      const store = createAtlasStore();
      store.getState().restoreView({ selection });
      store.getState().datasetLoaded(dataset, gazetteer, geography);
      expect(store.getState().selection).toEqual(selection);
    }
  });

  it('derives the visible sites from the filters, and clears them all at once', () => {
    const store = createAtlasStore();
    store.getState().datasetLoaded(emptyDataset(), gazetteer, geography);
    store.getState().setFilters({ communes: ['62063'], text: 'cpas' });
    expect(store.getState().filters.communes).toEqual(['62063']);
    store.getState().clearFilters();
    expect(store.getState().filters.text).toBe('');
    expect(store.getState().visible).toBe(store.getState().sites);
  });

  it('opens a panel beside the map when the map was alone, and keeps the split within bounds', () => {
    const store = createAtlasStore();
    store.getState().setLayout({ arrangement: 'map' });
    store.getState().setPanel('network');
    expect(store.getState().panel).toBe('network');
    expect(store.getState().layout.arrangement).toBe('split');
    store.getState().setLayout({ arrangement: 'panel' });
    store.getState().setPanel('table');
    expect(store.getState().layout.arrangement).toBe('panel');
    store.getState().setLayout({ split: 0.02 });
    expect(store.getState().layout.split).toBe(0.2);
    store.getState().setLayout({ split: 0.666 });
    expect(store.getState().layout.split).toBe(0.67);
  });

  it('forgets the month shown when the map shows another figure, keeps it otherwise', () => {
    const store = createAtlasStore();
    store.getState().setAnalysis({ measure: 'indicator:cpas_helped', month: '2024-03' });
    store.getState().setAnalysis({ classCount: 4 });
    expect(store.getState().analysis.month).toBe('2024-03');
    store.getState().setAnalysis({ measure: 'indicator:ila_places' });
    expect(store.getState().analysis.month).toBe('');
  });

  it('draws the chosen indicator once, not also among the others beside it', () => {
    const store = createAtlasStore();
    store.getState().setSeries({ indicator: 'a', others: ['a', 'b'] });
    expect(store.getState().series.others).toEqual(['b']);
  });
});
