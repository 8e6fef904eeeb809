import { bbox, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { foldName } from '../text/fold';
import { indexAreas } from './areas';
import { updateNisCode } from './nis_updates';
import { areaContains, compileArea } from './point_in_area';
import type { CommuneInfo, Gazetteer, PostcodeInfo } from './types';

/** The reference data a gazetteer is built from (data/reference). */
export interface GazetteerSource {
  /** The 2025 communes: properties nis_code, name_fr, name_nl, name_de, arrondissement, province. */
  communes: FeatureCollection;
  postcodes: readonly PostcodeInfo[];
}

/** Degrees added around the communes' bounding box for `isNearWallonia`. */
export const WALLONIA_MARGIN_DEGREES = 0.1;

type AreaFeature = Feature<Polygon | MultiPolygon>;

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function isArea(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * A point well inside a (multi)polygon: the middle of the widest inside stretch of a few
 * horizontal lines across it (so never on a border, unlike a vertex, and never outside, unlike
 * a centroid). Falls back to turf `pointOnFeature`.
 */
export function interiorPoint(feature: AreaFeature): [number, number] {
  const rings =
    feature.geometry.type === 'Polygon'
      ? feature.geometry.coordinates
      : feature.geometry.coordinates.flat();
  const [, south = 0, , north = 0] = bbox(feature);
  let best: [number, number] | null = null;
  let bestWidth = 0;
  for (const share of [0.5, 0.35, 0.65, 0.2, 0.8]) {
    const latitude = south + (north - south) * share;
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
        const [x2 = 0, y2 = 0] = ring[i] ?? [];
        if (y1 <= latitude !== y2 <= latitude) {
          crossings.push(x1 + ((latitude - y1) / (y2 - y1)) * (x2 - x1));
        }
      }
    }
    crossings.sort((a, b) => a - b);
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const [west = 0, east = 0] = [crossings[i], crossings[i + 1]];
      const candidate: [number, number] = [round6((west + east) / 2), round6(latitude)];
      if (east - west > bestWidth && booleanPointInPolygon(candidate, feature)) {
        best = candidate;
        bestWidth = east - west;
      }
    }
  }
  if (best) return best;
  const [longitude = 0, latitude = 0] = pointOnFeature(feature).geometry.coordinates;
  return [round6(longitude), round6(latitude)];
}

/** Builds the gazetteer: a spatial index over the communes plus lookups by code, name and postcode. */
export function createGazetteer(source: GazetteerSource): Gazetteer {
  const features: AreaFeature[] = [];
  const communes: CommuneInfo[] = [];
  for (const feature of source.communes.features) {
    const properties = feature.properties ?? {};
    const nisCode = text(properties.nis_code ?? properties.nis);
    if (!/^\d{5}$/.test(nisCode) || !isArea(feature.geometry)) continue;
    const area = feature as AreaFeature;
    features.push(area);
    communes.push({
      nis_code: nisCode,
      name_fr: text(properties.name_fr),
      name_nl: text(properties.name_nl),
      name_de: text(properties.name_de),
      arrondissement: text(properties.arrondissement),
      province: text(properties.province),
      interior_point: interiorPoint(area),
    });
  }
  if (communes.length === 0) throw new Error('createGazetteer: no commune polygons in the source');

  const index = new Flatbush(features.length);
  let [minLon, minLat, maxLon, maxLat] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const feature of features) {
    const [west = 0, south = 0, east = 0, north = 0] = bbox(feature);
    index.add(west, south, east, north);
    minLon = Math.min(minLon, west);
    minLat = Math.min(minLat, south);
    maxLon = Math.max(maxLon, east);
    maxLat = Math.max(maxLat, north);
  }
  index.finish();

  const areas = features.map((feature) => compileArea(feature.geometry));
  const byNis = new Map(communes.map((commune) => [commune.nis_code, commune]));
  const byName = new Map<string, CommuneInfo[]>();
  for (const commune of communes) {
    for (const name of [commune.name_fr, commune.name_nl, commune.name_de]) {
      const key = foldName(name);
      if (key === '') continue;
      const list = byName.get(key) ?? [];
      if (!list.includes(commune)) list.push(commune);
      byName.set(key, list);
    }
  }
  const byPostcode = new Map(source.postcodes.map((info) => [info.postal_code, info]));

  return {
    ...indexAreas(communes),
    communes,
    postcodes: source.postcodes,
    communeByNis: (nisCode) => byNis.get(nisCode.trim()),
    communeAt(longitude, latitude) {
      if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) return undefined;
      const candidates = index
        .search(longitude, latitude, longitude, latitude)
        .sort((a, b) => a - b);
      for (const i of candidates) {
        const area = areas[i];
        if (area && areaContains(area, longitude, latitude)) return communes[i];
      }
      return undefined;
    },
    communesByName: (name) => [...(byName.get(foldName(name)) ?? [])],
    postcode: (postalCode) => byPostcode.get(postalCode.trim()),
    updateNis: (nisCode) => updateNisCode(nisCode),
    isNearWallonia: (longitude, latitude) =>
      longitude >= minLon - WALLONIA_MARGIN_DEGREES &&
      longitude <= maxLon + WALLONIA_MARGIN_DEGREES &&
      latitude >= minLat - WALLONIA_MARGIN_DEGREES &&
      latitude <= maxLat + WALLONIA_MARGIN_DEGREES,
  };
}
