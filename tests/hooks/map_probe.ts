/**
 * The map as the browser tests and benchmarks see it, on `window.__atlasMap`: the live
 * MapLibre map, what a set of layers drew (properties only, so that it crosses to
 * Playwright), whether the map is idle, and counts of its 'idle' events and of the data
 * given to its sites source, counted here from the controller's events.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LiveMap } from '../../src/map/live_map_controllers';
import { liveMapControllers } from '../../src/map/live_map_controllers';
import { type Probing, probeNewest } from './probe_newest';

export interface MapProbe {
  map: MapLibreMap;
  queryRenderedFeatures(
    layerIds: string[],
  ): { layer: string; properties: Record<string, unknown> }[];
  isIdle(): boolean;
  whenIdle(): Promise<void>;
  /** How many times the map has become idle since the probe found it. */
  idleCount(): number;
  /** How many times the sites source has been given new data since the probe found it. */
  sourceUpdates(): number;
  /** The ids of the sites the sites source holds (as the map workers filtered them). */
  siteIds(): Promise<string[]>;
}

function probeOf(controller: LiveMap): Probing<MapProbe> {
  const { map } = controller;
  let idles = 0;
  let sourceUpdates = 0;
  const onIdle = () => {
    idles += 1;
  };
  map.on('idle', onIdle);
  const stopSites = controller.onSitesUpdate(() => {
    sourceUpdates += 1;
  });
  const probe: MapProbe = {
    map,
    queryRenderedFeatures: (layerIds) =>
      map.queryRenderedFeatures({ layers: layerIds }).map((feature) => ({
        layer: feature.layer.id,
        properties: { ...feature.properties },
      })),
    isIdle: () => controller.isIdle(),
    whenIdle: () => controller.whenIdle(),
    idleCount: () => idles,
    sourceUpdates: () => sourceUpdates,
    siteIds: () => controller.servedSiteIds(),
  };
  return {
    probe,
    stop() {
      map.off('idle', onIdle);
      stopSites();
    },
  };
}

/**
 * Puts the probe of the newest live map controller on `target.__atlasMap`, from now on;
 * the returned function takes it away.
 */
export function installMapProbe(target: Window): () => void {
  const hooked = target as Window & { __atlasMap?: MapProbe };
  return probeNewest(liveMapControllers, probeOf, (probe) => {
    if (probe) hooked.__atlasMap = probe;
    else delete hooked.__atlasMap;
  });
}
