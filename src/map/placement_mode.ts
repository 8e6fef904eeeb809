import { type Map as MapLibreMap, type MapMouseEvent, Marker } from 'maplibre-gl';

/** The location being placed: its id, a name for the marker, and where it stands now. */
export interface PlacementTarget {
  locationId: string;
  /** The marker's accessible name, in the interface language. */
  label: string;
  /** [longitude, latitude], or null when the location has no point yet. */
  point: [number, number] | null;
}

/** Where the user put the location: a click on the map, the end of a drag, or Enter. */
export type PlaceHandler = (locationId: string, longitude: number, latitude: number) => void;

const ARROW_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * The map's placement mode: while a location is being placed, a draggable marker stands at
 * its point (or the map's centre when it has none) and the cursor is a crosshair. A click
 * on the map, or the end of a pointer drag of the marker, reports the point once: a drag
 * reports nothing while it moves, so it makes one history entry, when it ends. From the
 * keyboard, the focused marker moves with the arrow keys (MapLibre's own behaviour) and
 * Enter places it there; arrow moves alone report nothing, or each key press would be an
 * entry. Owned by MapController: MapLibre stays inside src/map.
 */
export class PlacementMode {
  private readonly map: MapLibreMap;
  private readonly onPlace: PlaceHandler;
  private target: PlacementTarget | null = null;
  private marker: Marker | null = null;
  /** How the current marker drag started: only a pointer drag places on its end. */
  private dragSource: 'pointer' | 'keyboard' = 'pointer';

  constructor(map: MapLibreMap, onPlace: PlaceHandler) {
    this.map = map;
    this.onPlace = onPlace;
  }

  /** True while a location is being placed: map clicks place it instead of selecting. */
  get active(): boolean {
    return this.target !== null;
  }

  /**
   * Starts, moves or ends the placement. The marker is made again only for another
   * location; for the same one it follows the point (an undo, another tab) and its label.
   */
  set(target: PlacementTarget | null): void {
    const previous = this.target;
    this.target = target;
    if (!target) {
      this.removeMarker();
      return;
    }
    if (!this.marker || previous?.locationId !== target.locationId) {
      this.removeMarker();
      this.addMarker(target);
      return;
    }
    this.marker.getElement().setAttribute('aria-label', target.label);
    const point = target.point;
    if (point && !samePoint(point, previous?.point ?? null)) this.marker.setLngLat(point);
  }

  /** A click on the map while placing: the location goes there (a click on the marker does not). */
  click(event: MapMouseEvent): void {
    const target = this.target;
    const element = this.marker?.getElement();
    if (!target) return;
    if (element && event.originalEvent.target instanceof Node) {
      if (element.contains(event.originalEvent.target)) return;
    }
    const point = event.lngLat.wrap();
    this.onPlace(target.locationId, point.lng, point.lat);
  }

  destroy(): void {
    this.target = null;
    this.removeMarker();
  }

  private addMarker(target: PlacementTarget): void {
    const center = this.map.getCenter();
    const marker = new Marker({ draggable: true, color: '#b3261e', className: 'atlas-placement' })
      .setLngLat(target.point ?? [center.lng, center.lat])
      .addTo(this.map);
    const element = marker.getElement();
    element.setAttribute('aria-label', target.label);
    element.setAttribute('data-testid', 'placement-marker');
    element.addEventListener('pointerdown', () => {
      this.dragSource = 'pointer';
    });
    element.addEventListener('keydown', (event) => {
      if (ARROW_KEYS.has(event.key)) this.dragSource = 'keyboard';
      if (event.key === 'Enter') {
        event.preventDefault();
        this.placeAtMarker();
      }
    });
    marker.on('dragend', () => {
      if (this.dragSource === 'pointer') this.placeAtMarker();
    });
    this.map.getCanvasContainer().classList.add('atlas-placing');
    this.marker = marker;
    // Whoever started placing, from the keyboard too, can move the marker at once.
    element.focus({ preventScroll: true });
  }

  private placeAtMarker(): void {
    const target = this.target;
    if (!target || !this.marker) return;
    const point = this.marker.getLngLat().wrap();
    this.onPlace(target.locationId, point.lng, point.lat);
  }

  private removeMarker(): void {
    const marker = this.marker;
    if (!marker) return;
    this.marker = null;
    const hadFocus = marker.getElement().contains(document.activeElement);
    marker.remove();
    this.map.getCanvasContainer().classList.remove('atlas-placing');
    // Focus would fall to the page: it stays on the map the marker belonged to.
    if (hadFocus) this.map.getCanvas().focus();
  }
}

function samePoint(a: [number, number], b: [number, number] | null): boolean {
  return b !== null && a[0] === b[0] && a[1] === b[1];
}
