// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { loadGazetteerSync } from '../../../../scripts/lib/load_reference';
import { createI18n } from '../../../../src/i18n';
import { mapMessages } from '../../../../src/i18n/messages/map';
import type { MapCallbacks } from '../../../../src/map/map_controller';
import type { Language } from '../../../../src/model/languages';
import { type AtlasStore, createAtlasStore } from '../../../../src/store/atlas_store';
import MapView from '../../../../src/ui/map/MapView';
import { AtlasStoreProvider } from '../../../../src/ui/shared/store_context';
import { curatedDataset } from '../render_atlas';

/** MapLibre needs WebGL, which jsdom lacks: the view is tested against a stub controller. */
const controllers = vi.hoisted(() => [] as StubController[]);

interface StubController {
  callbacks: MapCallbacks;
  initial: unknown;
  calls: { method: string; args: unknown[] }[];
  last(method: string): unknown[] | undefined;
}

vi.mock('../../../../src/map/map_controller', () => ({
  MapController: class {
    callbacks: MapCallbacks;
    initial: unknown;
    calls: { method: string; args: unknown[] }[] = [];
    constructor(_container: HTMLElement, callbacks: MapCallbacks, initial: unknown) {
      this.callbacks = callbacks;
      this.initial = initial;
      controllers.push(this as unknown as StubController);
    }
    last(method: string) {
      return this.calls.filter((call) => call.method === method).at(-1)?.args;
    }
    record(method: string, args: unknown[]) {
      this.calls.push({ method, args });
    }
    setGeography(...args: unknown[]) {
      this.record('setGeography', args);
    }
    setSites(...args: unknown[]) {
      this.record('setSites', args);
    }
    setSelection(...args: unknown[]) {
      this.record('setSelection', args);
    }
    setCamera(...args: unknown[]) {
      this.record('setCamera', args);
    }
    setChosenCommunes(...args: unknown[]) {
      this.record('setChosenCommunes', args);
    }
    setBasemap(...args: unknown[]) {
      this.record('setBasemap', args);
    }
    setLanguage(...args: unknown[]) {
      this.record('setLanguage', args);
    }
    setOverlays(...args: unknown[]) {
      this.record('setOverlays', args);
    }
    setPlacement(...args: unknown[]) {
      this.record('setPlacement', args);
    }
    showGroup(...args: unknown[]) {
      this.record('showGroup', args);
    }
    hideGroup(...args: unknown[]) {
      this.record('hideGroup', args);
    }
    select(...args: unknown[]) {
      this.record('select', args);
      this.callbacks.onSelect(args[0] as Parameters<MapCallbacks['onSelect']>[0]);
    }
    setPlaceColors(...args: unknown[]) {
      this.record('setPlaceColors', args);
    }
    setServiceArea(...args: unknown[]) {
      this.record('setServiceArea', args);
    }
    destroy() {
      this.record('destroy', []);
    }
  },
}));

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

function createLoadedStore(): AtlasStore {
  const store = createAtlasStore();
  store.getState().datasetLoaded(curatedDataset(), loadGazetteerSync(), {
    communes: EMPTY,
    arrondissements: EMPTY,
    provinces: EMPTY,
  });
  return store;
}

function renderMapView(store: AtlasStore, language: Language = 'fr') {
  const i18n = createI18n(language);
  for (const code of ['fr', 'nl', 'en'] as const) {
    if (!i18n.hasResourceBundle(code, 'map'))
      i18n.addResourceBundle(code, 'map', mapMessages[code]);
  }
  store.getState().setLanguage(language);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <AtlasStoreProvider store={store}>
        <MapView />
      </AtlasStoreProvider>
    </I18nextProvider>,
  );
  const controller = controllers.at(-1);
  if (!controller) throw new Error('no map controller was created');
  return { ...result, controller, i18n };
}

beforeEach(() => {
  controllers.length = 0;
});

describe('the map view', () => {
  it('feeds the controller the store’s sites, geography, camera and language', () => {
    const store = createLoadedStore();
    const { controller } = renderMapView(store);
    const state = store.getState();
    expect(controller.initial).toMatchObject({ camera: null, language: 'fr' });
    expect(controller.last('setSites')).toEqual([state.visible, state.sites]);
    expect(controller.last('setGeography')).toEqual([state.geography, state.gazetteer]);
    expect(controller.last('setCamera')).toEqual([null]);
    expect(controller.last('setBasemap')).toEqual([false]);
    const [language, texts] = controller.last('setLanguage') ?? [];
    expect(language).toBe('fr');
    expect(texts).toMatchObject({ approximate: 'position approximative' });

    act(() => store.getState().setFilters({ categories: ['housing'] }));
    const [visible] = controller.last('setSites') ?? [];
    expect(visible).toBe(store.getState().visible);
    expect((visible as unknown[]).length).toBeLessThan(state.visible.length);
  });

  it('sends clicks and user moves to the store, and flies to a selection made elsewhere', () => {
    const store = createLoadedStore();
    const { controller } = renderMapView(store);
    const site = store.getState().sites[0];
    act(() => controller.callbacks.onSelect({ kind: 'site', id: site?.id ?? '' }));
    expect(store.getState().selection).toEqual({ kind: 'site', id: site?.id });
    expect(controller.last('setSelection')).toEqual([
      store.getState().selection,
      store.getState().sites,
      { fly: true },
    ]);

    act(() => controller.callbacks.onCameraChange({ center: [5.5, 50.6], zoom: 11 }));
    expect(store.getState().camera).toEqual({ center: [5.5, 50.6], zoom: 11 });
    expect(controller.last('setCamera')).toEqual([{ center: [5.5, 50.6], zoom: 11 }]);

    // A view reopened from a link sets camera and selection at once: it keeps its camera.
    act(() =>
      store.getState().restoreView({
        camera: { center: [4.4, 50.4], zoom: 12 },
        selection: { kind: 'commune', id: '52011' },
      }),
    );
    expect(controller.last('setSelection')?.[2]).toEqual({ fly: false });
  });

  it('does not fly at start when the link gave a camera', () => {
    const store = createLoadedStore();
    store.getState().restoreView({
      camera: { center: [4.4, 50.4], zoom: 12 },
      selection: { kind: 'commune', id: '52011' },
    });
    const { controller } = renderMapView(store);
    expect(controller.initial).toMatchObject({ camera: { center: [4.4, 50.4], zoom: 12 } });
    expect(controller.last('setSelection')?.[2]).toEqual({ fly: false });
  });

  it('shows a legend of the categories and placements, in the interface language', () => {
    const store = createLoadedStore();
    renderMapView(store, 'nl');
    expect(screen.getByText('Legende')).toBeInTheDocument();
    expect(screen.getByText('Huisvesting')).toBeInTheDocument();
    expect(screen.getByText(/enkel gekend via hun gemeente of postcode/)).toBeInTheDocument();
  });

  it('opens the list of a commune’s sites on a click of its symbol, and selects from it', () => {
    const store = createLoadedStore();
    const { controller } = renderMapView(store, 'en');
    const sites = store.getState().visible.filter((site) => site.commune?.nis_code === '92094');
    expect(sites.length).toBeGreaterThan(3);
    const inCommune = sites.filter((site) => site.location?.location_precision === 'commune');
    act(() =>
      controller.callbacks.onOpenGroup?.({ point: [4.85, 50.48], sites: inCommune, inArea: true }),
    );
    const [, element] = controller.last('showGroup') as [unknown, HTMLElement];
    const list = within(element).getByRole('region', { name: 'Sites at this place' });
    expect(list).toHaveTextContent('Namur');
    expect(list).toHaveTextContent(
      `${inCommune.length} sites in the municipality, address not known`,
    );
    const first = inCommune[0];
    fireEvent.click(within(list).getByRole('button', { name: first?.service.name }));
    expect(store.getState().selection).toEqual({ kind: 'site', id: first?.id });
    fireEvent.click(within(list).getByRole('button', { name: 'Show the municipality' }));
    expect(store.getState().selection).toEqual({ kind: 'commune', id: '92094' });
    // A filter change closes the list: it was of the sites shown before.
    act(() => store.getState().setFilters({ categories: ['housing'] }));
    expect(controller.last('hideGroup')).toEqual([]);
  });

  it('switches the online basemap, off by default, with a pressed button', () => {
    const store = createLoadedStore();
    const { controller } = renderMapView(store);
    const button = screen.getByRole('button', { name: 'Fond de carte OpenStreetMap (en ligne)' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(button);
    expect(store.getState().basemap).toBe(true);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(controller.last('setBasemap')).toEqual([true]);
  });

  it('passes new texts when the language changes, and destroys the map on unmount', async () => {
    const store = createLoadedStore();
    const { controller, i18n, unmount } = renderMapView(store);
    await act(async () => {
      store.getState().setLanguage('en');
      await i18n.changeLanguage('en');
    });
    const [language, texts] = controller.last('setLanguage') ?? [];
    expect(language).toBe('en');
    expect((texts as { locale: Record<string, string> }).locale['NavigationControl.ZoomIn']).toBe(
      'Zoom in',
    );
    unmount();
    expect(controller.last('destroy')).toEqual([]);
  });
});

/** A site placed only in its commune, and its location: what a user would place by hand. */
function approximateSite(store: AtlasStore) {
  const site = store
    .getState()
    .sites.find((row) => row.location?.location_precision === 'commune' && row.location.name);
  if (!site?.location) throw new Error('the curated data has no site placed in its commune');
  return { site, location: site.location };
}

describe('placing a location on the map', () => {
  it('puts the controller in placement mode at the location’s point, with instructions', () => {
    const store = createLoadedStore();
    const { controller } = renderMapView(store);
    const { location } = approximateSite(store);
    expect(controller.last('setPlacement')).toEqual([null]);
    expect(screen.queryByRole('region', { name: 'Placement d’un lieu' })).toBeNull();

    act(() => store.getState().setPlacing(location.id));
    expect(controller.last('setPlacement')).toEqual([
      {
        locationId: location.id,
        label: `Position de « ${location.name} » (flèches pour déplacer, Entrée pour poser)`,
        point: [location.longitude, location.latitude],
      },
    ]);
    const bar = screen.getByRole('region', { name: 'Placement d’un lieu' });
    expect(bar).toHaveTextContent(`pour placer « ${location.name} »`);
  });

  it('records one moveLocation transaction when the controller reports a point, and ends placement', () => {
    const store = createLoadedStore();
    const { controller } = renderMapView(store);
    const { location } = approximateSite(store);
    act(() => store.getState().setPlacing(location.id));
    // The centre of Namur (92094), wherever the location was before.
    act(() => controller.callbacks.onPlace?.(location.id, 4.8617, 50.4618));
    const state = store.getState();
    expect(state.history.done.map((transaction) => transaction.label)).toEqual(['moveLocation']);
    expect(state.dataset.locations.find((item) => item.id === location.id)).toMatchObject({
      longitude: 4.8617,
      latitude: 50.4618,
      location_precision: 'exact',
      nis_code: '92094',
    });
    expect(state.placing).toBeNull();
    expect(controller.last('setPlacement')).toEqual([null]);
    expect(screen.queryByRole('region', { name: 'Placement d’un lieu' })).toBeNull();
    // A late report (a second click) changes nothing once placement has ended.
    act(() => controller.callbacks.onPlace?.(location.id, 5.5734, 50.6451));
    expect(store.getState().history.done).toHaveLength(1);
  });

  it('ends placement without a change on Escape or Cancel, before the detail panel sees Escape', () => {
    const store = createLoadedStore();
    renderMapView(store);
    const { site, location } = approximateSite(store);
    act(() => store.getState().select({ kind: 'site', id: site.id }));
    act(() => store.getState().setPlacing(location.id));
    const panelEscape = vi.fn();
    document.body.addEventListener('keydown', panelEscape);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    document.body.removeEventListener('keydown', panelEscape);
    expect(store.getState().placing).toBeNull();
    expect(panelEscape).not.toHaveBeenCalled();
    expect(store.getState().selection).toEqual({ kind: 'site', id: site.id });

    act(() => store.getState().setPlacing(location.id));
    fireEvent.click(screen.getByRole('button', { name: 'Arrêter le placement' }));
    expect(store.getState().placing).toBeNull();
    expect(store.getState().history.done).toEqual([]);
  });

  it('ends placement of a location that no longer exists', () => {
    const store = createLoadedStore();
    const { controller } = renderMapView(store);
    act(() => store.getState().setPlacing('00000000-0000-4000-8000-000000000000'));
    expect(store.getState().placing).toBeNull();
    expect(controller.last('setPlacement')).toEqual([null]);
  });

  it('outlines the service area of the selected site, and colours the communes of the choropleth', () => {
    const store = createLoadedStore();
    const { controller } = renderMapView(store);
    const cpas = store
      .getState()
      .sites.find(
        (site) =>
          site.organization?.name === 'CPAS de Namur' && site.service.category === 'social_aid',
      );
    if (!cpas) throw new Error('the curated data has the CPAS de Namur');
    act(() => store.getState().select({ kind: 'site', id: cpas.id }));
    expect(controller.last('setServiceArea')).toEqual([['92094']]);
    act(() => store.getState().select(null));
    expect(controller.last('setServiceArea')).toEqual([[]]);
    expect(controller.last('setPlaceColors')).toEqual([null]);
    act(() => store.getState().setAnalysis({ choropleth: true, measure: 'indicator:population' }));
    const [{ level, colors }] = controller.last('setPlaceColors') as [
      { level: string; colors: Map<string, string> },
    ];
    expect(level).toBe('commune');
    expect(colors.size).toBe(261);
    // Liège (197,355 inhabitants in 2020) is in the darkest class, Daverdisse (1,382) the lightest.
    expect(colors.get('62063')).toBe('#253494');
    expect(colors.get('84016')).toBe('#ffffcc');
  });

  it('says what the communes’ colours mean while the map shows a choropleth, and only then', () => {
    const store = createLoadedStore();
    renderMapView(store, 'en');
    expect(document.querySelector('.choropleth-legend')).toBeNull();
    act(() => store.getState().setAnalysis({ choropleth: true, measure: 'indicator:population' }));
    const legend = document.querySelector<HTMLElement>('.choropleth-legend');
    expect(legend).not.toBeNull();
    const classes = within(legend as HTMLElement).getAllByRole('listitem');
    // Five quantile classes of the 261 communes, and none without a figure.
    expect(classes).toHaveLength(5);
    const counts = classes.map((item) => Number(/\((\d+)\)$/.exec(item.textContent ?? '')?.[1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(261);
    act(() => store.getState().setAnalysis({ choropleth: false }));
    expect(document.querySelector('.choropleth-legend')).toBeNull();
  });
});
