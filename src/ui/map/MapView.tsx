import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../map/fit_padding';
import { MapController, type MapTexts } from '../../map/map_controller';
import { locationLabel, placeLocationAt, placingLocation } from '../../map/place_on_map';
import type { SiteGroup } from '../../map/site_groups';
import type { AtlasState } from '../../store/atlas_store';
import { selectChoropleth } from '../../store/choropleth';
import { selectServiceAreaCommunes } from '../../store/service_area';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { ChoroplethLegend } from './ChoroplethLegend';
import { GroupList } from './GroupList';
import { groupText } from './group_text';
import { Legend } from './Legend';
import { PlacementBar } from './PlacementBar';
import { TimeSlider } from './TimeSlider';
import './map.css';

/** Roomy enough for the legend to start unfolded. */
const ROOMY = '(min-width: 900px) and (min-height: 600px)';

function startsRoomy(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(ROOMY).matches;
}

/** The boxes of what floats over the map (marked data-map-overlay), from the view's corner. */
function overlayBoxes(view: HTMLElement | null): Box[] {
  if (!view) return [];
  const origin = view.getBoundingClientRect();
  return [...view.querySelectorAll('[data-map-overlay]')].map((element) => {
    const box = element.getBoundingClientRect();
    return {
      left: box.left - origin.left,
      top: box.top - origin.top,
      width: box.width,
      height: box.height,
    };
  });
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
  const viewRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const [legendOpen, setLegendOpen] = useState(startsRoomy);
  const placing = useAtlas((state) => state.placing);
  const placingRecord = useAtlas(placingLocation);
  const setPlacing = useAtlas((state) => state.setPlacing);
  /** The group whose list is open over the map, and the element the map shows it in. */
  const [group, setGroup] = useState<SiteGroup | null>(null);
  const groupElement = useMemo(() => document.createElement('div'), []);
  const groupOpen = useRef(false);
  groupOpen.current = group !== null;

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
        onOpenGroup: setGroup,
      },
      {
        camera: initial.camera,
        language: initial.language,
        overlays: overlayBoxes(viewRef.current),
      },
    );
    controllerRef.current = controller;
    // A selection, or a commune chosen in the filter, flies the map to it, except when the
    // same change also sets the camera (a view reopened from a link keeps its camera).
    const apply = (state: AtlasState, fly: boolean) => {
      controller.setGeography(state.geography, state.gazetteer);
      controller.setSites(state.visible, state.sites);
      controller.setCamera(state.camera);
      controller.setChosenCommunes(state.filters.communes, { fly });
      controller.setSelection(state.selection, state.sites, { fly });
      controller.setBasemap(state.basemap);
      controller.setPlaceColors(selectChoropleth(state));
      controller.setServiceArea(selectServiceAreaCommunes(state));
    };
    apply(initial, initial.camera === null);
    const unsubscribe = store.subscribe((state, previous) => {
      apply(state, state.camera === previous.camera);
      // A group's list is of the sites shown when it was opened.
      if (state.visible !== previous.visible && groupOpen.current) setGroup(null);
    });
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
        'Popup.Close': t('map:closeList'),
      },
      categoryName: (category) => t(`model:category.${category}`),
      approximate: t('map:approximate'),
      clusterLabel: (count) => t('map:clusterLabel', { count }),
      groupLabel: (shown) => {
        const { place, summary } = groupText(shown, t, language);
        return [place, summary].filter(Boolean).join(' · ');
      },
    }),
    [t, language],
  );

  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    if (group) controller.showGroup(group, groupElement, () => setGroup(null));
    else controller.hideGroup();
  }, [group, groupElement]);

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

  // Fitted views keep clear of what floats over the map (the legends), folded or not.
  const overlays = useMemo(
    () =>
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() =>
            controllerRef.current?.setOverlays(overlayBoxes(viewRef.current)),
          )
        : null,
    [],
  );
  useEffect(() => () => overlays?.disconnect(), [overlays]);
  const observeOverlay = useCallback(
    (element: HTMLElement | null) => {
      if (!element || !overlays) return;
      overlays.observe(element);
      return () => {
        overlays.unobserve(element);
        controllerRef.current?.setOverlays(overlayBoxes(viewRef.current));
      };
    },
    [overlays],
  );

  return (
    <div className="atlas-map-view" ref={viewRef}>
      <div ref={containerRef} className="atlas-map-canvas" data-testid="atlas-map" />
      <div className="atlas-map-legends">
        <ChoroplethLegend ref={observeOverlay} />
        <Legend
          ref={observeOverlay}
          basemap={basemap}
          onBasemapChange={setBasemap}
          open={legendOpen}
          onOpenChange={setLegendOpen}
        />
      </div>
      {group &&
        createPortal(
          <GroupList
            group={group}
            language={language}
            onSelectSite={(site) => controllerRef.current?.select({ kind: 'site', id: site.id })}
            onShowCommune={(nis) => controllerRef.current?.select({ kind: 'commune', id: nis })}
          />,
          groupElement,
        )}
      <TimeSlider ref={observeOverlay} />
      {placingRecord && <PlacementBar name={placingName} onCancel={() => setPlacing(null)} />}
    </div>
  );
}
