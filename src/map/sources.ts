import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { SiteRow } from '../explore/sites';
import { arrondissementCode, provinceCode } from '../places/areas';
import type { CommuneInfo, PostcodeInfo } from '../places/types';
import type { Camera, Selection } from '../store/view';
import { foldName } from '../text/fold';

/**
 * Pure functions turning the explorer's state into the map's GeoJSON sources, bounds and
 * cameras. No MapLibre here: these are unit-tested in Node.
 */

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** Wallonia's extent, used until the boundaries are loaded (they give the exact one). */
export const WALLONIA_BOUNDS: Bounds = [2.84, 49.49, 6.41, 50.82];

/** The properties of a site's point on the map. */
export interface SiteProperties {
  /** The SiteRow id (a service_at_location id); the name shown on hover is looked up by it. */
  id: string;
  category: string;
  /** 'exact', 'postcode' or 'commune' ('' when the source did not say: drawn as approximate). */
  precision: string;
}

export type SiteFeature = Feature<Point, SiteProperties>;

/** The properties of a commune's label point. */
export interface CommuneLabelProperties {
  nis_code: string;
  name_fr: string;
  name_nl: string;
  name_de: string;
  /** Its inhabitants, as the boundaries give them (0 when they do not): labels go by it. */
  population: number;
}

/** The properties of a locality's label point (a section of a commune, by its postcode). */
export interface LocalityLabelProperties {
  name: string;
  postal_code: string;
}

/** The point of a site, or null when its location has no coordinates. */
export function siteCoordinates(site: SiteRow): [number, number] | null {
  const latitude = site.location?.latitude;
  const longitude = site.location?.longitude;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  return [longitude, latitude];
}

function siteFeature(site: SiteRow, coordinates: Position): SiteFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id: site.id,
      category: site.service.category,
      precision: site.location?.location_precision ?? '',
    },
  };
}

/**
 * The sites that have coordinates as GeoJSON points at their coordinates, in the given
 * order. Sites sharing a point are drawn there as one symbol by the map's workers (see
 * groupSites in site_worker.ts), never scattered around it as if each had an address.
 */
export function sitesToGeoJSON(
  sites: readonly SiteRow[],
): FeatureCollection<Point, SiteProperties> {
  return new SiteFeatures().collection(sites);
}

interface PlacedSite {
  feature: SiteFeature | null;
  /** The feature as JSON text, made on first need. */
  text?: string | null;
}

/**
 * Makes each site's feature once and keeps it (by SiteRow object) for the next filter
 * change, so that redrawing 100,000 filtered sites costs a lookup per site.
 *
 * An edit adopts its new rows in the old ones' places (see adopt). Any other new version of
 * the dataset gets new SiteFeatures, made from the previous ones: a site row that is still
 * there keeps its feature and text, so only the rows that changed cost a new feature.
 */
export class SiteFeatures {
  private readonly placed = new WeakMap<SiteRow, PlacedSite>();

  constructor(private previous?: SiteFeatures) {}

  /** Every site of this version is placed: the previous version is no longer needed. */
  settle(): void {
    this.previous = undefined;
  }

  /** The feature of a site, or null when it has no coordinates. */
  feature(site: SiteRow): SiteFeature | null {
    return this.place(site).feature;
  }

  private place(site: SiteRow): PlacedSite {
    const known = this.placed.get(site) ?? this.previous?.placed.get(site);
    if (known) {
      this.placed.set(site, known);
      return known;
    }
    const point = siteCoordinates(site);
    const placed: PlacedSite = { feature: point ? siteFeature(site, point) : null };
    this.placed.set(site, placed);
    return placed;
  }

  /**
   * Places `row`, an edit of `old`: it keeps `old`'s feature (and its text) when nothing
   * the map draws of it changed (a name, a phone). No other site's feature depends on it.
   */
  adopt(old: SiteRow, row: SiteRow): void {
    const before = this.place(old);
    const point = siteCoordinates(row);
    const feature = point ? siteFeature(row, point) : null;
    const same = JSON.stringify(feature) === JSON.stringify(before.feature);
    this.placed.set(row, same ? before : { feature });
  }

  /** The JSON text of a site's feature, made once; null when it has no coordinates. */
  text(site: SiteRow): string | null {
    const placed = this.place(site);
    if (placed.text === undefined) {
      placed.text = placed.feature ? JSON.stringify(placed.feature) : null;
    }
    return placed.text;
  }

  /** The features of the sites that have coordinates, in order. */
  collection(sites: readonly SiteRow[]): FeatureCollection<Point, SiteProperties> {
    const features: SiteFeature[] = [];
    for (const site of sites) {
      const feature = this.feature(site);
      if (feature) features.push(feature);
    }
    return { type: 'FeatureCollection', features };
  }
}

/** True when a site is drawn as placed approximately (at its postcode or commune). */
export function isApproximate(precision: string): boolean {
  return precision !== 'exact';
}

/**
 * One label point per commune (its interior point), with its names in FR, NL and DE and its
 * population, read from the boundaries' `population_2020` by NIS code.
 */
export function communeLabelPoints(
  communes: readonly CommuneInfo[],
  boundaries?: FeatureCollection | null,
): FeatureCollection<Point, CommuneLabelProperties> {
  const population = new Map<string, number>();
  for (const feature of boundaries?.features ?? []) {
    const nis = feature.properties?.nis_code;
    const count = Number(feature.properties?.population_2020);
    if (typeof nis === 'string' && Number.isFinite(count)) population.set(nis, count);
  }
  return {
    type: 'FeatureCollection',
    features: communes.map((commune) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...commune.interior_point] },
      properties: {
        nis_code: commune.nis_code,
        name_fr: commune.name_fr,
        name_nl: commune.name_nl,
        name_de: commune.name_de,
        population: population.get(commune.nis_code) ?? 0,
      },
    })),
  };
}

/**
 * One label point per locality of the postcodes (the sections of communes: Jambes, Gilly,
 * Bierges), at the postcode's centroid; a locality named as its commune is left to the
 * commune's label, and a name is labelled once at a point.
 */
export function localityLabelPoints(
  postcodes: readonly PostcodeInfo[],
  communeByNis: (nisCode: string) => CommuneInfo | undefined,
): FeatureCollection<Point, LocalityLabelProperties> {
  const features: Feature<Point, LocalityLabelProperties>[] = [];
  const seen = new Set<string>();
  for (const postcode of postcodes) {
    const name = postcode.locality?.trim() ?? '';
    if (!name || !postcode.centroid) continue;
    const key = foldName(name);
    const communeNames = postcode.nis_codes
      .map(communeByNis)
      .flatMap((commune) => (commune ? [commune.name_fr, commune.name_nl, commune.name_de] : []))
      .map(foldName);
    const at = `${key}@${postcode.centroid.join(',')}`;
    if (communeNames.includes(key) || seen.has(at)) continue;
    seen.add(at);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...postcode.centroid] },
      properties: { name, postal_code: postcode.postal_code },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The sites a selection highlights: the site itself, or every site of an organisation. */
export function selectedSites(selection: Selection | null, sites: readonly SiteRow[]): SiteRow[] {
  if (!selection) return [];
  if (selection.kind === 'site') return sites.filter((site) => site.id === selection.id);
  if (selection.kind === 'organization') {
    return sites.filter((site) => site.organization?.id === selection.id);
  }
  return [];
}

/**
 * The highlighted sites as GeoJSON, at the positions `features` draws them at (so the ring
 * falls on the point it marks), whether the filters show them or not.
 */
export function selectedSitesGeoJSON(
  selection: Selection | null,
  sites: readonly SiteRow[],
  features: SiteFeatures = new SiteFeatures(),
): FeatureCollection<Point, SiteProperties> {
  return features.collection(selectedSites(selection, sites));
}

function extend(bounds: Bounds | null, position: Position): Bounds | null {
  const [x, y] = position;
  if (typeof x !== 'number' || typeof y !== 'number') return bounds;
  if (!bounds) return [x, y, x, y];
  return [
    Math.min(bounds[0], x),
    Math.min(bounds[1], y),
    Math.max(bounds[2], x),
    Math.max(bounds[3], y),
  ];
}

function geometryBounds(geometry: Geometry | null, bounds: Bounds | null): Bounds | null {
  if (!geometry) return bounds;
  switch (geometry.type) {
    case 'Point':
      return extend(bounds, geometry.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates.reduce<Bounds | null>(extend, bounds);
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat().reduce<Bounds | null>(extend, bounds);
    case 'MultiPolygon':
      return geometry.coordinates.flat(2).reduce<Bounds | null>(extend, bounds);
    case 'GeometryCollection':
      return geometry.geometries.reduce<Bounds | null>(
        (acc, item) => geometryBounds(item, acc),
        bounds,
      );
  }
}

/** The bounds of some features, or null when they have no coordinates. */
export function featuresBounds(features: readonly Feature[]): Bounds | null {
  return features.reduce<Bounds | null>(
    (bounds, feature) => geometryBounds(feature.geometry, bounds),
    null,
  );
}

/**
 * The commune features a selection covers: a commune's own, an arrondissement's or a
 * province's communes; none for a site or an organisation (or boundaries not loaded).
 */
export function selectedCommuneFeatures(
  communes: FeatureCollection | null | undefined,
  selection: Selection | null,
): Feature[] {
  if (!communes || !selection) return [];
  const { kind, id } = selection;
  const covers: ((nis: string) => boolean) | null =
    kind === 'commune'
      ? (nis) => nis === id
      : kind === 'arrondissement'
        ? (nis) => arrondissementCode(nis) === id
        : kind === 'province'
          ? (nis) => provinceCode(nis) === id
          : null;
  if (!covers) return [];
  return communes.features.filter((feature) => {
    const nis = feature.properties?.nis_code;
    return typeof nis === 'string' && covers(nis);
  });
}

/** Whether two cameras show the same view (within a few metres and a hundredth of a zoom). */
export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    Math.abs(a.center[0] - b.center[0]) < 1e-5 &&
    Math.abs(a.center[1] - b.center[1]) < 1e-5 &&
    Math.abs(a.zoom - b.zoom) < 0.01
  );
}

/** A camera rounded as a link keeps it: 5 decimals (about a metre) and 2 for the zoom. */
export function roundCamera(center: [number, number], zoom: number): Camera {
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  return { center: [round(center[0], 5), round(center[1], 5)], zoom: round(zoom, 2) };
}
