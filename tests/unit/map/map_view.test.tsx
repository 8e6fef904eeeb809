// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { createI18n } from '../../../src/i18n';
import { mapMessages } from '../../../src/i18n/messages/map';
import MapView from '../../../src/map/MapView';
import type { MapCallbacks } from '../../../src/map/map_controller';
import { type AtlasStore, createAtlasStore, type Language } from '../../../src/store/atlas_store';
import { AtlasStoreProvider } from '../../../src/store/store_context';
import { curatedDataset } from '../ui/render_atlas';

/** MapLibre needs WebGL, which jsdom lacks: the view is tested against a stub controller. */
const controllers = vi.hoisted(() => [] as StubController[]);

interface StubController {
  callbacks: MapCallbacks;
  initial: unknown;
  calls: { method: string; args: unknown[] }[];
  last(method: string): unknown[] | undefined;
}

vi.mock('../../../src/map/map_controller', () => ({
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
    setBasemap(...args: unknown[]) {
      this.record('setBasemap', args);
    }
    setLanguage(...args: unknown[]) {
      this.record('setLanguage', args);
    }
    setFitInsets(...args: unknown[]) {
      this.record('setFitInsets', args);
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
    expect(controller.last('setGeography')).toEqual([state.geography, state.gazetteer?.communes]);
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
    expect(screen.getByText(/Benaderende positie/)).toBeInTheDocument();
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
