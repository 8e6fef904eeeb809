import type { Map as MapLibreMap } from 'maplibre-gl';
import { LiveSet } from '../lib/live_set';

/** What the page's observers read of a map (MapController implements it). */
export interface LiveMap {
  /** The MapLibre map: to read (project a point, query what is drawn), not to change. */
  readonly map: MapLibreMap;
  /** Whether the map shows all it was given: style and tiles loaded, no change waiting, no move. */
  isIdle(): boolean;
  /** Resolves when the map is idle. */
  whenIdle(): Promise<void>;
  /** Calls `listener` each time the sites source is given new data; returns its stop. */
  onSitesUpdate(listener: () => void): () => void;
  /** The ids of the sites the sites source holds now, as MapLibre's workers filtered them. */
  servedSiteIds(): Promise<string[]>;
}

/**
 * The maps alive on the page (one while the map view is shown): each adds itself when made
 * and leaves when destroyed. Apart from map_controller.ts so that whoever waits for a map (a
 * feature, the test probe) does not load MapLibre to do so.
 */
export const liveMapControllers = new LiveSet<LiveMap>();
