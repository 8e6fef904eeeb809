import { gapInput, selectedSites } from '../analysis/gaps/input';
import { filterSites } from '../explore/filter_sites';
import { choosesPlaces, withoutPlaces } from '../explore/filters';
import { siteIndexOf } from '../explore/site_index';
import type { AtlasState, AtlasStore } from '../store/atlas_store';
import { type GapComputer, gapComputer } from '../workers/gap_client';

/** Whether anything shows the analysis' figures: its view, or the map coloured by one of them. */
export function analysisShown(state: AtlasState): boolean {
  return state.panel === 'analysis' || state.analysis.choropleth;
}

/**
 * Keeps the gap analysis' figures in step with the data, the filters and its parameters,
 * while something shows them: the dataset's columns are built in the page when the sites
 * or the indicators change (and handed to the worker), and each change of the filters or
 * the parameters sends the worker only which sites are selected. The place filters choose
 * the communes shown, not the services (see `withoutPlaces`): without them, the selection
 * is the explorer's own (`visible`, already filtered by the store). Returns the
 * unsubscribe function.
 */
export function runGapAnalysis(
  store: AtlasStore,
  computer: GapComputer = gapComputer(),
): () => void {
  let inputOf: { sites: unknown; indicators: unknown } | null = null;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    const state = store.getState();
    if (!analysisShown(state) || !state.gazetteer) return;
    const { sites, dataset, gazetteer, filters, analysis } = state;
    if (inputOf?.sites !== sites || inputOf.indicators !== dataset.indicators) {
      computer.setInput(gapInput(sites, dataset.indicators, gazetteer));
      inputOf = { sites, indicators: dataset.indicators };
    }
    const kept = choosesPlaces(filters)
      ? filterSites(sites, withoutPlaces(filters), siteIndexOf(sites))
      : state.visible;
    computer.compute(selectedSites(sites, kept), analysis.params).then(
      (result) => {
        if (result) store.getState().gapsComputed(result);
      },
      (error: unknown) => console.error('The gap analysis failed:', error),
    );
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(run);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const wanted = analysisShown(state);
    const changed =
      wanted !== analysisShown(previous) ||
      state.sites !== previous.sites ||
      state.dataset.indicators !== previous.dataset.indicators ||
      state.filters !== previous.filters ||
      state.analysis.params !== previous.analysis.params ||
      state.gazetteer !== previous.gazetteer;
    if (wanted && changed) schedule();
  });
  schedule();
  return () => {
    unsubscribe();
    computer.dispose();
  };
}
