import { LiveSet } from '../lib/live_set';
import type { MapController } from './map_controller';

/**
 * The map controllers alive on the page (one while the map view is shown): each adds
 * itself when made and leaves when destroyed. Apart from map_controller.ts so that whoever
 * waits for a map (a feature, the test probe) does not load MapLibre to do so.
 */
export const liveMapControllers = new LiveSet<MapController>();
