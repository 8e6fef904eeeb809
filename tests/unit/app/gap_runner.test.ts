import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { runGapAnalysis } from '../../../src/app/gap_runner';
import { gapsFor } from '../../../src/store/analysis';
import { createAtlasStore } from '../../../src/store/atlas_store';
import { gapComputer } from '../../../src/workers/gap_client';
import { curatedDataset } from '../ui/render_atlas';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

function loadedStore() {
  const store = createAtlasStore();
  store.getState().datasetLoaded(curatedDataset(), loadGazetteerSync(), {
    communes: EMPTY,
    arrondissements: EMPTY,
    provinces: EMPTY,
  });
  return store;
}

/** The page's computer, counting what it is asked. */
function countingComputer() {
  const computer = gapComputer();
  const counts = { inputs: 0, computations: 0 };
  return {
    counts,
    computer: {
      ...computer,
      setInput(input: Parameters<typeof computer.setInput>[0]) {
        counts.inputs += 1;
        computer.setInput(input);
      },
      compute(...args: Parameters<typeof computer.compute>) {
        counts.computations += 1;
        return computer.compute(...args);
      },
    },
  };
}

describe('the gap analysis runner', () => {
  it('computes nothing while nothing shows the analysis, then follows the filters and the parameters', async () => {
    const store = loadedStore();
    const { counts, computer } = countingComputer();
    const stop = runGapAnalysis(store, computer);
    // The runner looks in a microtask: by the next one, it has looked and done nothing.
    await Promise.resolve();
    expect(counts).toEqual({ inputs: 0, computations: 0 });

    store.getState().setAnalysis({ choropleth: true, params: { category: 'language' } });
    await vi.waitFor(() => expect(gapsFor(store.getState())).not.toBeNull());
    const all = gapsFor(store.getState());
    expect(all?.params.category).toBe('language');

    // A place filter chooses the communes shown, not the services counted.
    store.getState().setFilters({ provinces: ['Luxembourg'] });
    await vi.waitFor(() => expect(store.getState().gaps).not.toBe(all));
    expect(store.getState().gaps?.counted).toEqual(all?.counted);

    store.getState().setFilters({ provinces: [], orgTypes: ['cpas'] });
    await vi.waitFor(() =>
      expect(store.getState().gaps?.counted.sites).toBeLessThan(all?.counted.sites ?? 0),
    );
    // The sites counted are the language sites the explorer shows for these filters.
    const cpas = store.getState().gaps;
    const shown = store.getState().visible.filter((site) => site.service.category === 'language');
    expect(shown.length).toBeGreaterThan(0);
    expect(cpas?.counted.sites).toBe(shown.length);
    // With a place filter beside it, the same sites are counted.
    store.getState().setFilters({ provinces: ['Luxembourg'] });
    await vi.waitFor(() => expect(store.getState().gaps).not.toBe(cpas));
    expect(store.getState().gaps?.counted).toEqual(cpas?.counted);

    // The dataset's columns were built once; each change then only sent a selection.
    expect(counts.inputs).toBe(1);
    store.getState().setAnalysis({ params: { catchmentKm: 30 } });
    expect(gapsFor(store.getState())).toBeNull();
    await vi.waitFor(() => expect(gapsFor(store.getState())?.params.catchmentKm).toBe(30));
    stop();
  });
});
