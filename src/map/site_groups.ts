import { type Map as MapLibreMap, Popup } from 'maplibre-gl';
import type { SiteRow } from '../explore/sites';
import { AREA_PRECISIONS } from './site_worker';
import { siteCoordinates } from './sources';

/** Sites drawn as one symbol at a point: several at one address, or any placed in an area. */
export interface SiteGroup {
  /** Where the symbol is: [longitude, latitude]. */
  point: [number, number];
  /** The sites the filters show there, in their order. */
  sites: readonly SiteRow[];
  /** Placed only in their commune or postcode, not at an address. */
  inArea: boolean;
}

/** Whether a site is placed only in its commune or postcode (drawn as its area's symbol). */
export function isInArea(site: SiteRow): boolean {
  return AREA_PRECISIONS.includes(site.location?.location_precision ?? '');
}

/**
 * The group `first` is drawn in: the sites among `shown` at its very point, placed as it is
 * (in an area, or not), as the map's workers group them (see groupByPoint).
 */
export function groupOf(first: SiteRow, shown: readonly SiteRow[]): SiteGroup | null {
  const point = siteCoordinates(first);
  if (!point) return null;
  const inArea = isInArea(first);
  const sites = shown.filter((site) => {
    const at = siteCoordinates(site);
    return at?.[0] === point[0] && at[1] === point[1] && isInArea(site) === inArea;
  });
  return { point, sites, inArea };
}

/** The least height (pixels) of the scrolling list of a group's sites. */
const LIST_MIN = 72;

/** The list of a group's sites, open over the map at the group's point (one at a time). */
export class GroupPopup {
  private popup: Popup | null = null;

  constructor(private readonly map: MapLibreMap) {}

  /**
   * Opens `content` (made by the page) over the group's point; `onClose` is told when the
   * user closes it (its button, a click elsewhere on the map).
   */
  show(group: SiteGroup, content: HTMLElement, onClose: () => void): void {
    this.hide();
    // Room for the list above or below the point, whichever the map puts it on.
    const room = Math.max(LIST_MIN, this.map.getContainer().clientHeight / 2 - 125);
    content.style.setProperty('--group-list-height', `${Math.round(room)}px`);
    const popup = new Popup({
      closeButton: true,
      closeOnClick: true,
      focusAfterOpen: false,
      maxWidth: '22rem',
      offset: 16,
      className: 'atlas-group-popup',
    })
      .setLngLat(group.point)
      .setDOMContent(content)
      .addTo(this.map);
    popup.on('close', () => {
      if (this.popup !== popup) return;
      this.popup = null;
      onClose();
    });
    this.popup = popup;
  }

  /** Closes the list, if open, without telling its `onClose`. */
  hide(): void {
    const popup = this.popup;
    this.popup = null;
    popup?.remove();
  }
}
