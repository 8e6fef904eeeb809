import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Patch } from '../edits/patch';
import {
  countFacets,
  type Facets,
  facetsGiven,
  keepEqualCounts,
  NO_FACETS,
  updateFacets,
} from '../explore/facets';
import { filterSites } from '../explore/filter_sites';
import { type Filters, isFiltered, NO_FILTERS } from '../explore/filters';
import { siteIndexOf } from '../explore/site_index';
import { buildSiteRows, refreshSiteRows, type SiteRow } from '../explore/sites';
import { type Dataset, emptyDataset } from '../model/dataset';
import type { Language } from '../model/languages';
import type { Gazetteer } from '../places/types';
import {
  type AnalysisActions,
  type AnalysisState,
  analysisActions,
  INITIAL_ANALYSIS,
} from './analysis';
import { type EditingActions, type EditingState, editingActions, INITIAL_EDITING } from './editing';
import { INITIAL_QUALITY, type QualityActions, type QualityState, qualityActions } from './quality';
import { INITIAL_SERIES, type SeriesActions, type SeriesState, seriesActions } from './series';
import {
  type Camera,
  clampSplit,
  DEFAULT_LAYOUT,
  type Geography,
  type Layout,
  type LoadState,
  type Panel,
  type Selection,
} from './view';

export interface AtlasState extends EditingState, AnalysisState, QualityState, SeriesState {
  load: LoadState;
  geography: Geography | null;
  dataset: Dataset;
  gazetteer: Gazetteer | null;
  /** Every site of the dataset, in dataset order. */
  sites: readonly SiteRow[];
  filters: Filters;
  /** The sites that pass the filters: what the map, the table and the count show. */
  visible: readonly SiteRow[];
  /**
   * Beside each filter's options: how many sites choosing that value would give, the other
   * filters as they are (see explore/facets.ts).
   */
  facets: Facets;
  /** How many of all the sites have each filter value, whatever is filtered. */
  facetTotals: Facets;
  selection: Selection | null;
  /** Set by the user; null means "fitted to Wallonia". */
  camera: Camera | null;
  language: Language;
  /** The online OpenStreetMap basemap: off until the user turns it on. */
  basemap: boolean;
  /** The view beside the map (or alone, as `layout` says). */
  panel: Panel;
  /** How the map, the panel, the filters and the details share the screen. */
  layout: Layout;
  /** The location being placed on the map by a click or a drag, if any. */
  placing: string | null;
  /**
   * The commune or province (its REFNIS code) whose profile for printing is shown instead of
   * the explorer; null for the explorer.
   */
  profile: string | null;
}

export interface AtlasActions
  extends EditingActions,
    AnalysisActions,
    QualityActions,
    SeriesActions {
  loadProgress(progress: number): void;
  loadFailed(error: string): void;
  /** The curated dataset is loaded: it becomes the base, with no local change yet. */
  datasetLoaded(
    dataset: Dataset,
    gazetteer: Gazetteer,
    geography: Geography,
    baseVersion?: string,
  ): void;
  setFilters(patch: Partial<Filters>): void;
  clearFilters(): void;
  select(selection: Selection | null): void;
  setCamera(camera: Camera | null): void;
  setLanguage(language: Language): void;
  setBasemap(on: boolean): void;
  /** Shows a view in the panel; with the map alone, the screen is split again to show it. */
  setPanel(panel: Panel): void;
  setLayout(patch: Partial<Layout>): void;
  /** Starts (a location id) or ends (null) placing a location on the map. */
  setPlacing(locationId: string | null): void;
  /** Applies a view read from a link (filters, selection, camera, language, layout) at once. */
  restoreView(view: Partial<ViewState>): void;
  /** Opens the profile for printing of a commune or a province (a REFNIS code), or closes it. */
  openProfile(code: string | null): void;
}

/** The part of the state a shared link carries. */
export type ViewState = Pick<
  AtlasState,
  | 'filters'
  | 'selection'
  | 'camera'
  | 'language'
  | 'panel'
  | 'layout'
  | 'analysis'
  | 'quality'
  | 'profile'
  | 'series'
>;

export type AtlasStore = StoreApi<AtlasState & AtlasActions>;

/** The selection, if what it names exists in the data (a link may name a record since removed). */
function existing(
  selection: Selection | null,
  sites: readonly SiteRow[],
  dataset: Dataset,
  gazetteer: Gazetteer,
): Selection | null {
  if (!selection) return null;
  const found =
    selection.kind === 'site'
      ? sites.some((site) => site.id === selection.id)
      : selection.kind === 'organization'
        ? dataset.organizations.some((org) => org.id === selection.id)
        : gazetteer.areaByNis(selection.id)?.level === selection.kind;
  return found ? selection : null;
}

/**
 * The explorer's one store: every change of what is shown goes through these actions, and
 * the filtered sites are derived here, once, for every view.
 */
export function createAtlasStore(initial: Partial<AtlasState> = {}): AtlasStore {
  return createStore<AtlasState & AtlasActions>()((set, get) => {
    /**
     * The only way the dataset changes: what every view shows (the sites, the filtered
     * sites, the filter counts) is derived here from it. An edit (`changes`) is recorded
     * first, on its own: the change log's subscriber starts writing it to disk before the
     * rows are derived, and the disk works while the page renders the edit. React renders
     * once, after both updates; the store's other subscribers hear both.
     */
    const setDataset = (dataset: Dataset, extra: Partial<AtlasState>, changes?: Patch) => {
      if (changes) set({ ...extra, dataset });
      const { gazetteer, sites: before } = get();
      const lookup = (nis: string) => gazetteer?.communeByNis(nis);
      const sites = !gazetteer
        ? []
        : changes
          ? refreshSiteRows(before, dataset, changes, lookup)
          : buildSiteRows(dataset, lookup);
      // An edit no site shows (a relationship): nothing more to derive.
      if (changes && sites === before) return;
      const { filters, facets, facetTotals } = get();
      const visible = sites === before ? get().visible : filterSites(sites, filters);
      const totals = updateFacets(facetTotals, before, sites, NO_FILTERS, () => countFacets(sites));
      set({
        ...extra,
        dataset,
        sites,
        facetTotals: totals,
        facets: isFiltered(filters)
          ? updateFacets(facets, before, sites, filters, () =>
              facetsGiven(sites, filters, visible, totals),
            )
          : totals,
        visible,
        selection: gazetteer ? existing(get().selection, sites, dataset, gazetteer) : null,
      });
    };
    /** The filters become `filters`: the sites shown and the counts follow. */
    const filtered = (filters: Filters): Pick<AtlasState, 'filters' | 'visible' | 'facets'> => {
      const { sites, facets, facetTotals } = get();
      const index = siteIndexOf(sites);
      const visible = filterSites(sites, filters, index);
      const next = facetsGiven(sites, filters, visible, facetTotals, index);
      return { filters, visible, facets: keepEqualCounts(facets, next) };
    };
    return {
      ...INITIAL_EDITING,
      ...INITIAL_ANALYSIS,
      ...INITIAL_SERIES,
      ...INITIAL_QUALITY,
      base: emptyDataset(),
      load: { status: 'loading', progress: 0, error: '' },
      geography: null,
      dataset: emptyDataset(),
      gazetteer: null,
      sites: [],
      filters: NO_FILTERS,
      visible: [],
      facets: NO_FACETS,
      facetTotals: NO_FACETS,
      selection: null,
      camera: null,
      language: 'fr',
      basemap: false,
      panel: 'table',
      layout: DEFAULT_LAYOUT,
      placing: null,
      profile: null,
      ...initial,

      loadProgress: (progress) => set({ load: { ...get().load, progress } }),
      loadFailed: (error) => set({ load: { status: 'error', progress: 0, error } }),
      datasetLoaded(dataset, gazetteer, geography, baseVersion = '') {
        set({ gazetteer, geography });
        setDataset(dataset, {
          base: dataset,
          baseVersion,
          load: { status: 'ready', progress: 1, error: '' },
        });
      },
      setFilters: (patch) => set(filtered({ ...get().filters, ...patch })),
      clearFilters: () => set(filtered(NO_FILTERS)),
      select: (selection) => set({ selection }),
      setCamera: (camera) => set({ camera }),
      setLanguage: (language) => set({ language }),
      setBasemap: (basemap) => set({ basemap }),
      setPanel(panel) {
        const layout = get().layout;
        set({
          panel,
          layout: layout.arrangement === 'map' ? { ...layout, arrangement: 'split' } : layout,
        });
      },
      setLayout(patch) {
        const layout = { ...get().layout, ...patch };
        set({ layout: { ...layout, split: clampSplit(layout.split) } });
      },
      setPlacing: (placing) => set({ placing }),
      openProfile: (profile) => set({ profile }),
      restoreView: (view) => set({ ...view, ...filtered(view.filters ?? get().filters) }),
      ...editingActions(set, get, setDataset),
      ...analysisActions(set, get),
      ...seriesActions(set, get),
      ...qualityActions(set, get),
    };
  });
}
