import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import {
  AttributionControl,
  type GeoJSONSource,
  getGlobalDispatcher,
  type IControl,
  importScriptInWorkers,
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  type MapMouseEvent,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { SiteRow } from '../explore/sites';
import type { Language } from '../model/languages';
import type { Gazetteer } from '../places/types';
import type { Camera, Geography, Selection } from '../store/view';
import {
  AREA_LAYERS,
  communesIn,
  LEVEL_FILL_LAYERS,
  type PlaceColors,
  placeFillColor,
  SERVICE_AREA_BEFORE,
  SERVICE_AREA_LAYERS,
} from './choropleth';
import {
  type Box,
  CENTRING_ZOOM_COST,
  centredInsets,
  type Insets,
  insetsAround,
} from './fit_padding';
import { symbolImage } from './group_symbols';
import {
  BASEMAP_LAYER,
  BASEMAP_SOURCE,
  buildStyle,
  CLUSTER_MAX_ZOOM,
  communeFillOpacity,
  communeNameExpression,
  glyphsUrl,
  LAYERS,
  placesFilter,
  SITE_LAYERS,
  SOURCES,
  siteCountExpression,
} from './layers';
import { type LiveMap, liveMapControllers } from './live_map_controllers';
import { MAP_COLORS } from './palette';
import { PlacementMode, type PlacementTarget } from './placement_mode';
import { GroupPopup, groupOf, type SiteGroup } from './site_groups';
import { SiteSlotMirror } from './site_slots';
import {
  SITE_PROTOCOL,
  SITE_PULL,
  SITE_SERVED,
  type SiteSync,
  type SitesServed,
} from './site_worker';
import siteWorkerUrl from './site_worker.ts?worker&url';
import {
  type Bounds,
  communeLabelPoints,
  featuresBounds,
  isApproximate,
  localityLabelPoints,
  roundCamera,
  sameCamera,
  selectedCommuneFeatures,
  selectedSitesGeoJSON,
  WALLONIA_BOUNDS,
} from './sources';

setWorkerUrl(workerUrl);
// The sites' features live in MapLibre's workers, which filter them (see site_worker.ts).
// MapLibre imports a script whose URL ends in ".mjs" as a module from its own URL, so the
// imports the dev server adds to it resolve; the fragment says so without changing the file.
const siteWorkerLoaded = importScriptInWorkers(
  `${new URL(siteWorkerUrl, window.location.href).href}#.mjs`,
);
/** The sites of the map on the page, for a worker that lacks them (see sendSites). */
let pageSites: SiteSlotMirror | null = null;
void getGlobalDispatcher().registerMessageHandler(SITE_PULL, async () => pageSites?.full() ?? null);

export interface MapCallbacks {
  /** A site or commune clicked on the map. */
  onSelect(selection: Selection): void;
  /** The user moved the map (drag, wheel, keyboard, buttons); debounced, never for fits. */
  onCameraChange(camera: Camera): void;
  /** The site under the pointer, or null when it leaves every site. */
  onHover?(siteId: string | null): void;
  /** The location being placed was put at a point (a click, the end of a drag, Enter). */
  onPlace?(locationId: string, longitude: number, latitude: number): void;
  /** A group of sites drawn as one symbol was clicked: its list is asked for (showGroup). */
  onOpenGroup?(group: SiteGroup): void;
}

/** The gazetteer's places that label the map. */
export type Places = Pick<Gazetteer, 'communes' | 'postcodes' | 'communeByNis'>;

/** The interface texts the map draws itself, in the current language. */
export interface MapTexts {
  /** MapLibre's UI strings (its `locale` keys: 'Map.Title', 'NavigationControl.ZoomIn', …). */
  locale: Record<string, string>;
  /** The category's name, for the hover text. */
  categoryName(category: string): string;
  /** Added to the hover text of a site placed at its postcode or commune. */
  approximate: string;
  /** The hover text of a cluster of `count` sites. */
  clusterLabel(count: number): string;
  /** The hover text of a group of sites drawn as one symbol. */
  groupLabel(group: SiteGroup): string;
}

/** The choropleth's communes are nearly opaque, so their colours read true over a basemap. */
const CHOROPLETH_OPACITY = 0.85;
const CAMERA_DEBOUNCE_MS = 250;
/** A commune flown to is shown whole, but never closer than this. */
const COMMUNE_MAX_ZOOM = 12;
/** The padding of the first view, before the overlays are measured. */
const FIRST_PADDING = 24;
/** Pixels around the pointer in which a site counts as hit (dots are small). */
const HIT_SLOP = 4;

/**
 * Owns the MapLibre map of the explorer. React mounts it (MapView) and feeds it the store's
 * state through the setters; each setter skips work when given what it already shows.
 * Everything the map shows comes from the app's own files: no request leaves the machine
 * until the user turns the OpenStreetMap basemap on. What it shows can be watched
 * (isIdle, whenIdle, onSitesUpdate, servedSiteIds) by code that finds it in
 * liveMapControllers.
 */
export class MapController implements LiveMap {
  readonly map: MapLibreMap;
  private readonly callbacks: MapCallbacks;
  private readonly tooltip: HTMLDivElement;
  private readonly placement: PlacementMode;
  private styleReady = false;
  private geography: Geography | null = null;
  /** The gazetteer whose communes and localities label the map. */
  private places: Places | null = null;
  private sites: readonly SiteRow[] | null = null;
  private allSites: readonly SiteRow[] | null = null;
  /** The drawn sites by id, for the hover text; made on the first hover after a change. */
  private sitesById: Map<string, SiteRow> | null = null;
  private sitesPending = false;
  /** Told each time the sites source is given new data (see onSitesUpdate). */
  private readonly sitesListeners = new Set<() => void>();
  /** The URL the sites source was last given. */
  private sitesUrl = '';
  /** What the workers hold of the sites, and what the sites source shows. */
  private readonly slots = new SiteSlotMirror();
  private selection: Selection | null = null;
  private selectionSites: readonly SiteRow[] = [];
  /** The highlighted sites the map was last given, as JSON text. */
  private drawnSelection: string | null = null;
  /** The commune outlined as selected ('' for none). */
  private drawnPlace = '';
  /** The communes chosen in the filter, outlined. */
  private chosenCommunes: readonly string[] = [];
  /** The chosen communes are to be flown to (once the style is ready, if it is not yet). */
  private flyToChosen = false;
  /** The selection last made by a click here: setSelection does not fly to it. */
  private clickedSelection: Selection | null = null;
  private camera: Camera | null = null;
  private basemap = false;
  private placeColors: PlaceColors | null = null;
  private serviceArea: readonly string[] = [];
  private language: Language = 'fr';
  private texts: MapTexts | null = null;
  private controls: IControl[] = [];
  /** The list of a group's sites, open over the map. */
  private readonly groupPopup: GroupPopup;
  private cameraTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the current move is reported: a user's, or a flight to a selection. */
  private reportMove = false;
  /** Set just before flying to a selection, so that its move is reported too. */
  private reportNextMove = false;
  /** How many moves the user has made (drag, wheel, keys, buttons). */
  private userMoves = 0;
  /** Where the map is flying to, and how close at most (see flyTo). */
  private flight: { bounds: Bounds; maxZoom: number } | null = null;
  /** Whether the map shows Wallonia as fitted: no move of the user's, or flight, since. */
  private showsWallonia: boolean;
  /** What the page floats over the map (the legend, a bar), kept clear by fitted views. */
  private overlays: readonly Box[] = [];
  private idle = false;
  private destroyed = false;

  constructor(
    container: HTMLElement,
    callbacks: MapCallbacks,
    initial: { camera?: Camera | null; language?: Language; overlays?: readonly Box[] } = {},
  ) {
    this.callbacks = callbacks;
    this.overlays = initial.overlays ?? [];
    this.camera = initial.camera ?? null;
    this.showsWallonia = this.camera === null;
    this.language = initial.language ?? 'fr';
    const camera = this.camera;
    this.map = new MapLibreMap({
      container,
      style: buildStyle({
        glyphs: glyphsUrl(window.location.href, import.meta.env.BASE_URL ?? '/'),
        language: this.language,
      }),
      ...(camera
        ? { center: camera.center, zoom: camera.zoom }
        : { bounds: WALLONIA_BOUNDS, fitBoundsOptions: { padding: FIRST_PADDING } }),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      minZoom: 6,
      maxZoom: 18,
      keyboard: true,
    });
    this.map.touchZoomRotate.disableRotation();
    this.groupPopup = new GroupPopup(this.map);
    this.addControls();
    this.placement = new PlacementMode(this.map, (locationId, longitude, latitude) =>
      this.callbacks.onPlace?.(locationId, longitude, latitude),
    );

    this.tooltip = document.createElement('div');
    this.tooltip.className = 'atlas-map-tooltip';
    this.tooltip.hidden = true;
    this.tooltip.setAttribute('aria-hidden', 'true');
    container.appendChild(this.tooltip);

    this.map.on('style.load', () => {
      this.styleReady = true;
      this.applyGeography();
      this.applySites();
      this.applySelection(false);
      this.applyChosenCommunes();
      this.applyBasemap();
      this.applyPlaceColors();
      this.applyServiceArea();
      this.applyLanguage();
    });
    this.map.on('idle', () => {
      this.idle = true;
    });
    // Until the user moves it, the map keeps Wallonia fitted as its size changes (a split
    // dragged, a side folded).
    this.map.on('resize', () => {
      if (this.flight && this.map.isMoving()) this.flyTo(this.flight.bounds, this.flight.maxZoom);
      else this.refit();
    });
    this.map.on('render', () => {
      if (!this.map.loaded()) this.idle = false;
    });
    this.map.on('movestart', (event) => {
      this.idle = false;
      if (event.originalEvent !== undefined) this.userMoves += 1;
      // A resize during a flight starts a move of its own: it leaves the flight reported.
      if (this.reportNextMove || event.originalEvent !== undefined) {
        this.reportMove = true;
        this.showsWallonia = false;
      }
      this.reportNextMove = false;
    });
    this.map.on('moveend', (event) => {
      this.flight = null;
      if (this.reportMove || event.originalEvent) this.scheduleCameraReport();
      this.reportMove = false;
    });
    this.map.setMissingStyleImageResolver((id) => this.addGroupSymbol(id));
    this.map.on('mousemove', (event) => this.onPointerMove(event));
    this.map.on('mouseout', () => this.hideTooltip());
    this.map.on('click', (event) => this.onClick(event));
    pageSites = this.slots;
    liveMapControllers.add(this);
  }

  /**
   * Whether the map shows all it was given: its style and tiles loaded, no change of the
   * sites waiting to be applied, no source reloading, no move under way.
   */
  isIdle(): boolean {
    return this.idle && !this.sitesPending && this.map.loaded() && !this.map.isMoving();
  }

  /** Resolves when the map is idle: at once if it is, else at its next 'idle' event. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.map.once('idle', () => resolve()));
  }

  /**
   * Calls `listener` each time the sites source is given new data (what the filters show
   * changed); the returned function stops it. The map draws the new sites when next idle.
   */
  onSitesUpdate(listener: () => void): () => void {
    this.sitesListeners.add(listener);
    return () => {
      this.sitesListeners.delete(listener);
    };
  }

  /**
   * The ids of the sites the sites source holds now, as MapLibre's workers filtered them
   * for its current data (what the map draws, not what the page asked for).
   */
  async servedSiteIds(): Promise<string[]> {
    const answers = (await getGlobalDispatcher().broadcast(
      SITE_SERVED,
      null,
    )) as (SitesServed | null)[];
    return answers.find((answer) => answer !== null && answer.url === this.sitesUrl)?.ids ?? [];
  }

  /**
   * Colours each commune, arrondissement or province (a choropleth), or none (null): one
   * paint property changes, no source reloads. The places the map does not list keep the
   * usual fill; the communes are drawn plain under arrondissements or provinces. While
   * provinces are coloured, a click on one opens its details.
   */
  setPlaceColors(colors: PlaceColors | null): void {
    if (
      colors === this.placeColors ||
      (colors &&
        this.placeColors &&
        colors.level === this.placeColors.level &&
        colors.colors === this.placeColors.colors)
    )
      return;
    this.placeColors = colors;
    this.applyPlaceColors();
  }

  /** Outlines the communes a selected service serves (none for an empty list). */
  setServiceArea(nisCodes: readonly string[]): void {
    const key = nisCodes.join(',');
    if (key === this.serviceArea.join(',')) return;
    this.serviceArea = nisCodes;
    this.applyServiceArea();
  }

  /**
   * The boundaries to draw, and the places whose names label them: the communes (at their
   * interior points, the towns first) and, zoomed in, the localities of the postcodes.
   */
  setGeography(geography: Geography | null, places: Places | null = null): void {
    if (geography === this.geography && places === this.places) return;
    this.geography = geography;
    this.places = places;
    this.applyGeography();
    this.refit();
  }

  /**
   * The sites to draw (the filtered ones) among all the sites of the dataset; sites without
   * coordinates are left out. The source is updated at the next animation frame, so fast
   * changes (typing in the text filter) cost one update per frame. `all` fixes where sites
   * sharing a point are drawn (in dataset order), whatever the filters.
   */
  setSites(visible: readonly SiteRow[], all: readonly SiteRow[] = visible): void {
    if (all !== this.allSites) {
      this.allSites = all;
      const sync = this.slots.follow(all);
      if (sync) this.sendSites(sync);
    }
    if (visible === this.sites) return;
    this.sites = visible;
    this.sitesById = null;
    if (!this.sitesPending) {
      // Applied once the current task's store changes are done: several changes, one update.
      this.sitesPending = true;
      queueMicrotask(() => {
        this.sitesPending = false;
        this.applySites();
      });
    }
  }

  /**
   * What is selected: a site or an organisation's sites are ringed, a commune outlined, and
   * the map flies there unless `fly` is false (a view reopened from a link keeps its camera)
   * or the selection was just made by a click on this map. `sites` are where a selected
   * organisation's sites are looked for (all sites, filtered out or not).
   */
  setSelection(
    selection: Selection | null,
    sites: readonly SiteRow[],
    options: { fly?: boolean } = {},
  ): void {
    if (selection === this.selection && sites === this.selectionSites) return;
    const changed = !sameSelection(selection, this.selection);
    this.selection = selection;
    this.selectionSites = sites;
    const fromClick = sameSelection(selection, this.clickedSelection);
    this.clickedSelection = null;
    this.applySelection(changed && !fromClick && options.fly !== false);
  }

  /**
   * The communes chosen in the filter: outlined, and flown to (all of them in view) unless
   * `fly` is false (a view reopened from a link keeps its camera) or none is chosen.
   */
  setChosenCommunes(nisCodes: readonly string[], options: { fly?: boolean } = {}): void {
    if (nisCodes === this.chosenCommunes) return;
    this.chosenCommunes = nisCodes;
    this.flyToChosen = options.fly !== false && nisCodes.length > 0;
    this.applyChosenCommunes();
  }

  /**
   * The camera the store asks for; null fits Wallonia. Only a change from the camera last
   * given or reported moves the map, so passing the store's camera on every update is cheap.
   */
  setCamera(camera: Camera | null): void {
    if (sameCamera(camera, this.camera)) return;
    this.camera = camera;
    this.showsWallonia = camera === null;
    if (camera === null) this.fit(true);
    else if (!sameCamera(camera, this.currentCamera())) {
      this.map.jumpTo({ center: camera.center, zoom: camera.zoom });
    }
  }

  /**
   * What the page floats over the map (boxes from its top-left corner): fitted views and
   * flights keep clear of them, as of the map's own controls. Wallonia, fitted until the
   * user moves the map, is fitted again clear of them.
   */
  setOverlays(overlays: readonly Box[]): void {
    this.overlays = overlays;
    this.refit();
  }

  /** Fits Wallonia again, if the map still shows it as fitted (no move of the user's since). */
  private refit(): void {
    if (this.showsWallonia && !this.map.isMoving()) this.fit(false);
  }

  /** Turns the online OpenStreetMap basemap on or off (off: nothing is requested from it). */
  setBasemap(on: boolean): void {
    if (on === this.basemap) return;
    this.basemap = on;
    this.applyBasemap();
  }

  /** The language of the commune labels, the controls' titles and the hover texts. */
  setLanguage(language: Language, texts: MapTexts): void {
    if (language === this.language && texts === this.texts) return;
    this.language = language;
    this.texts = texts;
    this.applyLanguage();
  }

  /**
   * The location being placed, or null: while set, a draggable marker stands at its point
   * (the map's centre when it has none), the cursor is a crosshair, and a click on the map
   * or the end of a drag reports the point through `onPlace` instead of selecting.
   */
  setPlacement(target: PlacementTarget | null): void {
    this.placement.set(target);
    if (!target) this.map.getCanvas().style.cursor = '';
  }

  /**
   * Opens `content` (the list of a group's sites, made by the page) over the group's point;
   * `onClose` is told when the user closes it (its button, Escape, a click elsewhere).
   */
  showGroup(group: SiteGroup, content: HTMLElement, onClose: () => void): void {
    this.hideTooltip();
    this.groupPopup.show(group, content, onClose);
  }

  /** Closes the list of a group's sites, if open (without telling its `onClose`). */
  hideGroup(): void {
    this.groupPopup.hide();
  }

  /**
   * Fits Wallonia (or the loaded boundaries) in view, clear of what floats over the map,
   * and in its middle unless that would make it much smaller.
   */
  fit(animate: boolean): void {
    const bounds = this.walloniaBounds();
    const around = this.insets();
    const centred = centredInsets(around);
    const aroundZoom = this.map.cameraForBounds(bounds, { padding: around })?.zoom;
    const centredZoom = this.map.cameraForBounds(bounds, { padding: centred })?.zoom;
    const padding =
      aroundZoom !== undefined &&
      centredZoom !== undefined &&
      centredZoom >= aroundZoom - CENTRING_ZOOM_COST
        ? centred
        : around;
    this.map.fitBounds(bounds, { padding, animate });
  }

  /** The room to keep free at each edge: the page's overlays and the map's own controls. */
  private insets(): Insets {
    const container = this.map.getContainer();
    const origin = container.getBoundingClientRect();
    const controls = [...container.querySelectorAll('.maplibregl-ctrl')].map((element) => {
      const box = element.getBoundingClientRect();
      return {
        left: box.left - origin.left,
        top: box.top - origin.top,
        width: box.width,
        height: box.height,
      };
    });
    return insetsAround({ width: container.clientWidth, height: container.clientHeight }, [
      ...this.overlays,
      ...controls,
    ]);
  }

  destroy(): void {
    this.destroyed = true;
    this.hideGroup();
    clearTimeout(this.cameraTimer);
    if (pageSites === this.slots) pageSites = null;
    this.tooltip.remove();
    this.placement.destroy();
    liveMapControllers.delete(this);
    this.sitesListeners.clear();
    this.map.remove();
  }

  private walloniaBounds(): Bounds {
    const communes = this.geography?.communes.features ?? [];
    return featuresBounds(communes) ?? WALLONIA_BOUNDS;
  }

  private currentCamera(): Camera {
    const center = this.map.getCenter();
    return roundCamera([center.lng, center.lat], this.map.getZoom());
  }

  private scheduleCameraReport(): void {
    clearTimeout(this.cameraTimer);
    this.cameraTimer = setTimeout(() => {
      if (this.destroyed) return;
      const camera = this.currentCamera();
      this.camera = camera;
      this.callbacks.onCameraChange(camera);
    }, CAMERA_DEBOUNCE_MS);
  }

  private source(id: string): GeoJSONSource | undefined {
    return this.styleReady ? this.map.getSource<GeoJSONSource>(id) : undefined;
  }

  private applyGeography(): void {
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    const geography = this.geography;
    if (!this.styleReady) return;
    void this.source(SOURCES.communes)?.setData(geography?.communes ?? empty);
    void this.source(SOURCES.arrondissements)?.setData(geography?.arrondissements ?? empty);
    void this.source(SOURCES.provinces)?.setData(geography?.provinces ?? empty);
    const places = this.places;
    void this.source(SOURCES.communeLabels)?.setData(
      communeLabelPoints(places?.communes ?? [], geography?.communes),
    );
    void this.source(SOURCES.localityLabels)?.setData(
      places ? localityLabelPoints(places.postcodes, places.communeByNis) : empty,
    );
  }

  /**
   * Sends the workers what changed in the sites. A worker that misses it (stopped, or
   * started, while it was on its way) asks for everything when it next draws the sites.
   * The workers serve one map: this one.
   */
  private sendSites(sync: SiteSync): void {
    siteWorkerLoaded
      .then(() => getGlobalDispatcher().broadcast(SITE_PROTOCOL, sync))
      .catch(() => undefined);
  }

  private applySites(): void {
    if (!this.styleReady || !this.sites) return;
    // The source is given the mask of the visible sites, which the workers apply to the
    // features they hold. An edit that changes nothing the map draws (a name, a phone), or
    // nothing among the sites shown, leaves the source alone: no reload, no repaint.
    const url = this.slots.urlFor(this.slots.mask(this.sites, this.allSites), SITE_PROTOCOL);
    if (url === null) return;
    this.idle = false;
    this.sitesUrl = url;
    void this.source(SOURCES.sites)?.setData(url);
    for (const listener of [...this.sitesListeners]) listener();
    if (this.selection) this.applySelection(false);
  }

  private applySelection(fly: boolean): void {
    if (!this.styleReady) return;
    const selection = this.selection;
    const highlighted = selectedSitesGeoJSON(selection, this.selectionSites, this.slots.features);
    const text = JSON.stringify(highlighted);
    if (text !== this.drawnSelection) {
      this.drawnSelection = text;
      this.idle = false;
      void this.source(SOURCES.selectedSites)?.setData(highlighted);
    }
    // A commune, an arrondissement or a province: its communes shaded, its boundary drawn.
    const communes = selectedCommuneFeatures(this.geography?.communes, selection);
    const codes = communes.map((feature) => String(feature.properties?.nis_code));
    const kind = selection?.kind;
    const area = kind === 'arrondissement' || kind === 'province' ? (selection?.id ?? '') : '';
    const drawn = `${codes.join()}|${kind}:${area}`;
    // MapLibre repaints on every setFilter, even an unchanged one.
    if (drawn !== this.drawnPlace) {
      this.drawnPlace = drawn;
      this.map.setFilter(LAYERS.selectedCommuneFill, placesFilter(codes));
      this.map.setFilter(LAYERS.selectedCommuneLine, placesFilter(kind === 'commune' ? codes : []));
      this.map.setFilter(
        LAYERS.selectedArrondissementLine,
        placesFilter(kind === 'arrondissement' ? [area] : []),
      );
      this.map.setFilter(
        LAYERS.selectedProvinceLine,
        placesFilter(kind === 'province' ? [area] : []),
      );
    }
    if (!fly || !selection) return;
    if (selection.kind !== 'site' && selection.kind !== 'organization') {
      const bounds = featuresBounds(communes);
      if (bounds) this.flyTo(bounds, COMMUNE_MAX_ZOOM);
      return;
    }
    const bounds = featuresBounds(highlighted.features);
    if (!bounds) return;
    // One point: close enough to see it out of its cluster, never further out than now.
    const onePoint = bounds[0] === bounds[2] && bounds[1] === bounds[3];
    this.flyTo(
      bounds,
      onePoint ? Math.max(this.map.getZoom(), CLUSTER_MAX_ZOOM + 1) : CLUSTER_MAX_ZOOM + 1,
    );
  }

  /**
   * Flies to `bounds` (at most to `maxZoom`; a single point at `maxZoom`), in the middle of
   * what the overlays leave free. A flight is the user's doing (a selection, a commune
   * chosen): its camera goes to the store and the link. Resized on its way (a panel opening
   * beside the map), the map flies there again, for its new size.
   */
  private flyTo(bounds: Bounds, maxZoom: number): void {
    this.reportNextMove = true;
    const insets = this.insets();
    if (bounds[0] === bounds[2] && bounds[1] === bounds[3]) {
      this.map.flyTo({
        center: [bounds[0], bounds[1]],
        zoom: maxZoom,
        offset: [(insets.left - insets.right) / 2, (insets.top - insets.bottom) / 2],
      });
    } else {
      this.map.fitBounds(bounds, { padding: insets, maxZoom });
    }
    this.flight = { bounds, maxZoom };
  }

  private applyChosenCommunes(): void {
    if (!this.styleReady) return;
    const chosen = this.chosenCommunes;
    this.map.setFilter(LAYERS.chosenCommunesLine, placesFilter(chosen));
    if (!this.flyToChosen) return;
    this.flyToChosen = false;
    // Flown to once the map shows what the new filter leaves: the sites first, then the
    // movement; communes chosen in quick succession make one flight, to them all. A move of
    // the user's in between has the last word.
    const userMoves = this.userMoves;
    void this.whenIdle().then(() => {
      if (this.destroyed || chosen !== this.chosenCommunes || userMoves !== this.userMoves) return;
      const codes = new Set(chosen);
      const bounds = featuresBounds(
        (this.geography?.communes.features ?? []).filter((feature) =>
          codes.has(String(feature.properties?.nis_code ?? '')),
        ),
      );
      if (bounds) this.flyTo(bounds, COMMUNE_MAX_ZOOM);
    });
  }

  private applyBasemap(): void {
    if (!this.styleReady) return;
    const present = this.map.getLayer(LAYERS.basemap) !== undefined;
    if (this.basemap && !present) {
      this.map.addSource(SOURCES.basemap, BASEMAP_SOURCE);
      this.map.addLayer(BASEMAP_LAYER, LAYERS.communesFill);
    } else if (!this.basemap && present) {
      this.map.removeLayer(LAYERS.basemap);
      this.map.removeSource(SOURCES.basemap);
    }
    this.map.setPaintProperty(
      LAYERS.communesFill,
      'fill-opacity',
      this.communesColoured() ? CHOROPLETH_OPACITY : communeFillOpacity(this.basemap),
    );
  }

  private communesColoured(): boolean {
    return this.placeColors?.level === 'commune';
  }

  private applyPlaceColors(): void {
    if (!this.styleReady) return;
    const shown = this.placeColors;
    this.idle = false;
    const communes = shown?.level === 'commune' ? shown.colors : null;
    this.map.setPaintProperty(
      LAYERS.communesFill,
      'fill-color',
      communes ? placeFillColor(communes, MAP_COLORS.communeFill) : MAP_COLORS.communeFill,
    );
    this.map.setPaintProperty(
      LAYERS.communesFill,
      'fill-opacity',
      communes ? CHOROPLETH_OPACITY : communeFillOpacity(this.basemap),
    );
    for (const level of ['arrondissement', 'province'] as const) {
      const layer = LEVEL_FILL_LAYERS[level];
      const colors = shown?.level === level ? shown.colors : null;
      this.map.setLayoutProperty(layer, 'visibility', colors ? 'visible' : 'none');
      if (colors)
        this.map.setPaintProperty(
          layer,
          'fill-color',
          placeFillColor(colors, MAP_COLORS.communeFill),
        );
    }
  }

  private applyServiceArea(): void {
    if (!this.styleReady) return;
    if (!this.map.getLayer(AREA_LAYERS.fill)) {
      for (const layer of SERVICE_AREA_LAYERS) this.map.addLayer(layer, SERVICE_AREA_BEFORE);
    }
    this.idle = false;
    const filter = communesIn(this.serviceArea);
    this.map.setFilter(AREA_LAYERS.fill, filter);
    this.map.setFilter(AREA_LAYERS.line, filter);
  }

  private applyLanguage(): void {
    if (this.styleReady) {
      for (const layer of [LAYERS.communeLabels, LAYERS.townLabels, LAYERS.cityLabels]) {
        this.map.setLayoutProperty(layer, 'text-field', communeNameExpression(this.language));
      }
      for (const layer of [LAYERS.clusters, LAYERS.groups]) {
        this.map.setLayoutProperty(layer, 'text-field', siteCountExpression(this.language));
      }
    }
    if (!this.texts) return;
    // MapLibre reads its UI strings when a control is added: patch them, then re-add.
    Object.assign(this.map._locale, this.texts.locale);
    const title = this.texts.locale['Map.Title'];
    if (title) this.map.getCanvas().setAttribute('aria-label', title);
    for (const control of this.controls) this.map.removeControl(control);
    this.addControls();
  }

  private addControls(): void {
    this.controls = [
      new NavigationControl({ showCompass: false }),
      new ScaleControl({ unit: 'metric' }),
      new AttributionControl({ compact: true }),
    ];
    const [navigation, scale, attribution] = this.controls;
    if (navigation) this.map.addControl(navigation, 'top-right');
    if (scale) this.map.addControl(scale, 'bottom-left');
    if (attribution) this.map.addControl(attribution, 'bottom-right');
  }

  /** Draws the image of a cluster or group symbol the map asks for (see group_symbols.ts). */
  private addGroupSymbol(id: string): void {
    if (this.map.hasImage(id)) return;
    const pixelRatio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
    const image = symbolImage(id, pixelRatio);
    if (image) this.map.addImage(id, image, { pixelRatio });
  }

  /** The group a symbol stands for, by its first site's id. */
  private groupAt(properties: Record<string, unknown>): SiteGroup | null {
    const first = this.siteById(String(properties.id ?? ''));
    return first ? groupOf(first, this.sites ?? []) : null;
  }

  private siteAt(event: MapMouseEvent): MapGeoJSONFeature | undefined {
    if (!this.styleReady) return undefined;
    const { x, y } = event.point;
    const box: [[number, number], [number, number]] = [
      [x - HIT_SLOP, y - HIT_SLOP],
      [x + HIT_SLOP, y + HIT_SLOP],
    ];
    const hits = this.map.queryRenderedFeatures(box, { layers: [...SITE_LAYERS] });
    return hits[0];
  }

  private onPointerMove(event: MapMouseEvent): void {
    const hit = this.siteAt(event);
    this.map.getCanvas().style.cursor = this.placement.active ? 'crosshair' : hit ? 'pointer' : '';
    if (!hit) {
      this.hideTooltip();
      return;
    }
    const properties = hit.properties as Record<string, unknown>;
    let text: string;
    const group = hit.layer.id === LAYERS.groups ? this.groupAt(properties) : null;
    if (typeof properties.point_count === 'number') {
      const count = Number(properties.sites ?? properties.point_count);
      text = this.texts?.clusterLabel(count) ?? String(count);
      this.callbacks.onHover?.(null);
    } else if (group) {
      text = this.texts?.groupLabel(group) ?? String(group.sites.length);
      this.callbacks.onHover?.(null);
    } else {
      const id = String(properties.id ?? '');
      const name = this.siteById(id)?.service.name ?? '';
      const category = String(properties.category ?? '');
      const precision = String(properties.precision ?? '');
      const parts = [name];
      if (this.texts) parts.push(this.texts.categoryName(category));
      if (this.texts && isApproximate(precision)) parts.push(this.texts.approximate);
      text = parts.filter(Boolean).join(' · ');
      this.callbacks.onHover?.(id);
    }
    // textContent only: names come from data and are never parsed as HTML.
    this.tooltip.textContent = text;
    this.tooltip.hidden = false;
    this.tooltip.style.transform = `translate(${Math.round(event.point.x + 12)}px, ${Math.round(event.point.y + 12)}px)`;
  }

  private siteById(id: string): SiteRow | undefined {
    if (!this.sitesById)
      this.sitesById = new Map((this.sites ?? []).map((site) => [site.id, site]));
    return this.sitesById.get(id);
  }

  private hideTooltip(): void {
    if (!this.tooltip.hidden) {
      this.tooltip.hidden = true;
      this.callbacks.onHover?.(null);
    }
  }

  private onClick(event: MapMouseEvent): void {
    if (this.placement.active) {
      this.placement.click(event);
      return;
    }
    if (!this.styleReady) return;
    const hit = this.siteAt(event);
    const properties = (hit?.properties ?? {}) as Record<string, unknown>;
    if (hit && typeof properties.cluster_id === 'number') {
      const clusterId = properties.cluster_id;
      const center = (hit.geometry as Point).coordinates as [number, number];
      void this.source(SOURCES.sites)
        ?.getClusterExpansionZoom(clusterId)
        .then((zoom) => {
          // Passing the click on makes this a user move: the camera is reported.
          this.map.easeTo({ center, zoom }, { originalEvent: event.originalEvent });
        });
      return;
    }
    if (hit?.layer.id === LAYERS.groups) {
      const group = this.groupAt(properties);
      if (group) this.callbacks.onOpenGroup?.(group);
      return;
    }
    if (hit && typeof properties.id === 'string') {
      this.select({ kind: 'site', id: properties.id });
      return;
    }
    // Places coloured by province or arrondissement: a click opens the one under it.
    const level = this.placeColors?.level;
    if (level === 'province' || level === 'arrondissement') {
      const area = this.map.queryRenderedFeatures(event.point, {
        layers: [LEVEL_FILL_LAYERS[level]],
      })[0]?.properties?.nis_code;
      if (typeof area === 'string') {
        this.select({ kind: level, id: area });
        return;
      }
    }
    const commune = this.map.queryRenderedFeatures(event.point, {
      layers: [LAYERS.communesFill],
    })[0];
    const nis = commune?.properties?.nis_code;
    if (typeof nis === 'string') this.select({ kind: 'commune', id: nis });
  }

  /** A selection made on the map (a click, a group's list): the map does not fly to it. */
  select(selection: Selection): void {
    this.clickedSelection = selection;
    this.callbacks.onSelect(selection);
  }
}

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.id === b.id;
}
