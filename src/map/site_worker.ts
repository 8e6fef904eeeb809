/**
 * Runs inside MapLibre's workers (loaded with importScriptInWorkers): keeps the feature of
 * every site, sent once per version of the dataset (only what changed, after the first),
 * and answers the sites source's `atlas-sites://<generation>/<mask>` requests with the
 * features the mask selects, sites sharing a point drawn as one (see groupByPoint). A
 * filter change then costs the main thread a bit mask instead of the features' JSON.
 * Self-contained: MapLibre runs it as a plain script.
 */
import type { WorkerGlobalScopeInterface } from 'maplibre-gl';

/** The URL scheme of the sites source, and the type of the messages that feed it. */
export const SITE_PROTOCOL = 'atlas-sites';
/** The message a worker sends the page when it lacks a version: the answer is everything. */
export const SITE_PULL = 'atlas-sites-pull';
/** The message asking the workers which sites they last served (for the browser tests). */
export const SITE_SERVED = 'atlas-sites-served';

/** What a worker last served the sites source: its URL and the ids of the sites. */
export interface SitesServed {
  url: string;
  ids: string[];
}

/**
 * One version of the sites, relative to the previous one: `put` is the JSON text of an
 * array of [slot, feature] pairs, `remove` the slots that no longer hold a site. `reset`
 * empties the worker's copy first (the first version, or workers that restarted).
 */
export interface SiteSync {
  generation: number;
  reset: boolean;
  put: string;
  remove: number[];
}

/** The sites a mask selects: "all", or the base64 of a bit set over the slots. */
export function maskSelects(mask: string): (slot: number) => boolean {
  if (mask === 'all') return () => true;
  const bytes = atob(mask.replaceAll('-', '+').replaceAll('_', '/'));
  return (slot) => ((bytes.charCodeAt(slot >> 3) || 0) & (1 << (slot & 7))) !== 0;
}

/**
 * Precisions that place a site somewhere in an area (its commune, its postcode's
 * localities) rather than at its address: such sites are drawn as their area's symbol.
 */
export const AREA_PRECISIONS: readonly string[] = ['commune', 'postcode'];

/** The property counting the sites of a category in a drawn feature: `n_housing`. */
export function categoryCount(category: string): string {
  return `n_${category}`;
}

/** A site's feature as the page sends it. */
interface SentFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; category: string; precision: string };
}

/**
 * What the map draws at a point: one site, or all the sites sharing it. `sites` is how many,
 * `n_<category>` how many of each category (as the clusters sum them), `id` the first's.
 */
export interface DrawnFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; category: string; precision: string; sites: number } & Record<
    string,
    string | number
  >;
}

/** A site's feature as the worker holds it: drawn as itself, and the point it shares. */
export interface HeldSite {
  feature: DrawnFeature;
  /** Sites with the same key share a point: the same coordinates, both in an area or not. */
  key: string;
}

/** The feature of one site as the worker holds it (counting itself once). */
export function heldSite(sent: SentFeature): HeldSite {
  const { category, precision } = sent.properties;
  const [longitude, latitude] = sent.geometry.coordinates;
  const feature: DrawnFeature = {
    type: 'Feature',
    geometry: sent.geometry,
    properties: { ...sent.properties, sites: 1, [categoryCount(category)]: 1 },
  };
  const area = AREA_PRECISIONS.includes(precision);
  return { feature, key: `${longitude},${latitude}${area ? ',area' : ''}` };
}

/**
 * The features drawn for some sites: a site alone at its point is drawn as itself; sites
 * sharing a point are one feature there, counting them all and each category (a commune's
 * sites placed at its point read as the commune's, not as addresses fanned out around it).
 */
export function groupByPoint(sites: Iterable<HeldSite>): DrawnFeature[] {
  const byPoint = new Map<string, DrawnFeature>();
  for (const { feature, key } of sites) {
    const drawn = byPoint.get(key);
    if (!drawn) {
      byPoint.set(key, feature);
      continue;
    }
    // The first site's own feature is shared by every request: a group is a copy.
    const group =
      drawn.properties.sites === 1 ? { ...drawn, properties: { ...drawn.properties } } : drawn;
    const count = categoryCount(feature.properties.category);
    group.properties.sites += 1;
    group.properties[count] = Number(group.properties[count] ?? 0) + 1;
    if (group !== drawn) byPoint.set(key, group);
  }
  return [...byPoint.values()];
}

/** The worker's copy of the features, by slot. */
export class SiteSlots {
  generation = -1;
  private features: (HeldSite | null)[] = [];
  private readonly waiting: { generation: number; resolve(): void }[] = [];

  /**
   * Applies a version; a change list that does not follow the version held (a message
   * missed) is ignored, and the next request pulls everything.
   */
  apply(sync: SiteSync): void {
    if (!sync.reset && sync.generation !== this.generation + 1) return;
    if (sync.reset) this.features = [];
    for (const slot of sync.remove) this.features[slot] = null;
    for (const [slot, feature] of JSON.parse(sync.put) as [number, SentFeature][]) {
      this.features[slot] = heldSite(feature);
    }
    this.generation = sync.generation;
    for (const entry of this.waiting.splice(0)) {
      if (entry.generation <= this.generation) entry.resolve();
      else this.waiting.push(entry);
    }
  }

  /** Resolves once the worker has the given version (or a newer one). */
  ready(generation: number): Promise<void> {
    if (generation <= this.generation) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ generation, resolve }));
  }

  /**
   * What the map draws of the sites the mask selects (sites sharing a point as one
   * feature), and the ids of those sites, in slot order.
   */
  select(mask: string): {
    data: { type: 'FeatureCollection'; features: DrawnFeature[] };
    ids: string[];
  } {
    const selects = maskSelects(mask);
    const selected: HeldSite[] = [];
    this.features.forEach((site, slot) => {
      if (site && selects(slot)) selected.push(site);
    });
    return {
      data: { type: 'FeatureCollection', features: groupByPoint(selected) },
      ids: selected.map((site) => site.feature.properties.id),
    };
  }
}

/** Reads `atlas-sites://<generation>/<mask>`. */
export function parseSiteUrl(url: string): { generation: number; mask: string } {
  const [generation = '', mask = 'all'] = url.slice(SITE_PROTOCOL.length + 3).split('/');
  return { generation: Number(generation), mask };
}

/** What the Atlas uses of a MapLibre GeoJSON worker source. */
interface GeoJSONWorkerSourceLike {
  loadData(params: { request?: { url: string } }): Promise<{ data?: unknown }>;
}

export type MapLibreWorkerScope = WorkerGlobalScopeInterface & {
  worker?: {
    actor: {
      registerMessageHandler(
        type: string,
        handler: (mapId: string, data: SiteSync) => Promise<unknown>,
      ): void;
      sendAsync(message: { type: string; data: unknown; targetMapId: string }): Promise<unknown>;
    };
    /** MapLibre's worker sources, by map, source type and source name. */
    workerSources?: Record<string, Record<string, Record<string, GeoJSONWorkerSourceLike>>>;
  };
};

const NO_ECHO = Symbol.for('atlas-sites-no-echo');

/**
 * MapLibre's GeoJSON worker source sends the data of a URL source back to the page once
 * loaded (so that `getData` can answer there). For the sites that would be every filter
 * change's features, deserialised on the main thread: 100,000 of them filled the heap and
 * made the page collect garbage for up to 250 ms. The sites' data stays in the workers.
 * (Patched on the class, found through a source instance; other sources keep the echo.)
 */
export function keepSitesInWorker(scope: MapLibreWorkerScope): void {
  for (const byType of Object.values(scope.worker?.workerSources ?? {})) {
    for (const source of Object.values(byType.geojson ?? {})) {
      const prototype = Object.getPrototypeOf(source) as GeoJSONWorkerSourceLike & {
        [NO_ECHO]?: true;
      };
      if (prototype[NO_ECHO]) return;
      const loadData = prototype.loadData;
      prototype.loadData = async function (this: GeoJSONWorkerSourceLike, params) {
        const result = await loadData.call(this, params);
        if (params.request?.url.startsWith(`${SITE_PROTOCOL}://`)) delete result.data;
        return result;
      };
      prototype[NO_ECHO] = true;
      return;
    }
  }
}

/** MapLibre's id for messages to the page rather than to one map. */
const GLOBAL_DISPATCHER_ID = 'global-dispatcher';

function install(scope: MapLibreWorkerScope): void {
  const slots = new SiteSlots();
  let served: SitesServed | null = null;
  scope.worker?.actor.registerMessageHandler(SITE_PROTOCOL, async (_mapId, sync) => {
    slots.apply(sync);
  });
  scope.worker?.actor.registerMessageHandler(
    SITE_SERVED,
    async (): Promise<SitesServed | null> => served,
  );
  scope.addProtocol(SITE_PROTOCOL, async (request) => {
    keepSitesInWorker(scope);
    const { generation, mask } = parseSiteUrl(request.url);
    if (slots.generation < generation) {
      // A version this worker missed (it started after it was sent): ask for everything.
      const everything = (await scope.worker?.actor.sendAsync({
        type: SITE_PULL,
        data: null,
        targetMapId: GLOBAL_DISPATCHER_ID,
      })) as SiteSync | null | undefined;
      if (everything) slots.apply(everything);
    }
    await slots.ready(generation);
    const { data, ids } = slots.select(mask);
    served = { url: request.url, ids };
    return { data };
  });
}

const scope = globalThis as unknown as Partial<MapLibreWorkerScope>;
if (typeof scope.addProtocol === 'function' && scope.worker) {
  install(scope as MapLibreWorkerScope);
}
