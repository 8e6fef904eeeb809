import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Insets, MapController, type MapTexts } from '../../map/map_controller';
import { locationLabel, placeLocationAt, placingLocation } from '../../map/place_on_map';
import type { AtlasState } from '../../store/atlas_store';
import { selectChoropleth } from '../../store/choropleth';
import { selectServiceAreaCommunes } from '../../store/service_area';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { Legend } from './Legend';
import { PlacementBar } from './PlacementBar';
import './map.css';

/** Wide enough for the legend to stay unfolded beside Wallonia. */
const WIDE = '(min-width: 900px)';

function startsWide(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches;
}

/** The room to keep free when fitting Wallonia: under the count, the controls, the legend. */
function fitInsets(legend: HTMLElement | null, open: boolean, mapWidth: number): Insets {
  const legendRight = legend && open ? legend.offsetLeft + legend.offsetWidth + 12 : 0;
  return {
    top: 48,
    right: 52,
    bottom: 32,
    left: legendRight > 0 && legendRight < mapWidth / 3 ? legendRight : 24,
  };
}

/**
 * The map view: mounts a MapController on a div and feeds it the store's state (the
 * boundaries, the filtered sites, the selection, the camera, the basemap switch, the
 * language and the location being placed); clicks, user moves and placements go back to
 * the store. The default export lets the app load it (and MapLibre) lazily.
 */
export default function MapView() {
  const store = useAtlasStore();
  const { t } = useTranslation(['map', 'model']);
  const language = useAtlas((state) => state.language);
  const basemap = useAtlas((state) => state.basemap);
  const setBasemap = useAtlas((state) => state.setBasemap);
  const containerRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLDetailsElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const [legendOpen, setLegendOpen] = useState(startsWide);
  const legendOpenRef = useRef(legendOpen);
  const placing = useAtlas((state) => state.placing);
  const placingRecord = useAtlas(placingLocation);
  const setPlacing = useAtlas((state) => state.setPlacing);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = store.getState();
    const controller = new MapController(
      container,
      {
        onSelect: (selection) => store.getState().select(selection),
        onCameraChange: (camera) => store.getState().setCamera(camera),
        onPlace: (locationId, longitude, latitude) =>
          placeLocationAt(store, locationId, longitude, latitude),
      },
      {
        camera: initial.camera,
        language: initial.language,
        fitInsets: fitInsets(legendRef.current, legendOpenRef.current, container.clientWidth),
      },
    );
    controllerRef.current = controller;
    // A selection flies the map to it, except when the same change also sets the camera
    // (a view reopened from a link keeps the camera it was shared with).
    const apply = (state: AtlasState, fly: boolean) => {
      controller.setGeography(state.geography, state.gazetteer?.communes ?? []);
      controller.setSites(state.visible, state.sites);
      controller.setCamera(state.camera);
      controller.setSelection(state.selection, state.sites, { fly });
      controller.setBasemap(state.basemap);
      controller.setCommuneColors(selectChoropleth(state)?.colors ?? null);
      controller.setServiceArea(selectServiceAreaCommunes(state));
    };
    apply(initial, initial.camera === null);
    const unsubscribe = store.subscribe((state, previous) =>
      apply(state, state.camera === previous.camera),
    );
    return () => {
      unsubscribe();
      controllerRef.current = null;
      controller.destroy();
    };
  }, [store]);

  const texts = useMemo<MapTexts>(
    () => ({
      locale: {
        'Map.Title': t('map:mapTitle'),
        'NavigationControl.ZoomIn': t('map:zoomIn'),
        'NavigationControl.ZoomOut': t('map:zoomOut'),
        'NavigationControl.ResetBearing': t('map:resetBearing'),
        'AttributionControl.ToggleAttribution': t('map:toggleAttribution'),
      },
      categoryName: (category) => t(`model:category.${category}`),
      approximate: t('map:approximate'),
      clusterLabel: (count) => t('map:clusterLabel', { count }),
    }),
    [t],
  );

  useEffect(() => {
    controllerRef.current?.setLanguage(language, texts);
  }, [language, texts]);

  const placingName = placingRecord ? locationLabel(placingRecord) : '';
  useEffect(() => {
    const location = placingRecord;
    const point: [number, number] | null =
      location && location.longitude !== null && location.latitude !== null
        ? [location.longitude, location.latitude]
        : null;
    controllerRef.current?.setPlacement(
      location
        ? {
            locationId: location.id,
            label: t('map:placementMarker', { name: placingName }),
            point,
          }
        : null,
    );
  }, [placingRecord, placingName, t]);

  const placingMissing = placing !== null && !placingRecord;
  useEffect(() => {
    if (placing === null) return;
    // A location that is gone (deleted, undone) cannot be placed: placement ends.
    if (placingMissing) {
      setPlacing(null);
      return;
    }
    // Escape ends placement wherever the focus is, before other Escape handlers (the
    // detail panel's closes the selection) see it.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      setPlacing(null);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [placing, placingMissing, setPlacing]);

  useEffect(() => {
    legendOpenRef.current = legendOpen;
    const width = containerRef.current?.clientWidth ?? 0;
    controllerRef.current?.setFitInsets(fitInsets(legendRef.current, legendOpen, width));
  }, [legendOpen]);

  return (
    <div className="atlas-map-view">
      <div ref={containerRef} className="atlas-map-canvas" data-testid="atlas-map" />
      <Legend
        ref={legendRef}
        basemap={basemap}
        onBasemapChange={setBasemap}
        open={legendOpen}
        onOpenChange={setLegendOpen}
      />
      {placingRecord && <PlacementBar name={placingName} onCancel={() => setPlacing(null)} />}
    </div>
  );
}
