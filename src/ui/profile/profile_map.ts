import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Category } from '../../model/enums';

/**
 * The profile's map as SVG: boundaries projected into a box and the sites as symbols that
 * a black-and-white print tells apart (a shape, filled or hollow, per category). Plain SVG
 * rather than the MapLibre canvas: it prints sharp at any scale and needs no WebGL.
 */

/** A symbol per category: a shape and whether it is filled (black) or hollow (white). */
export const CATEGORY_SYMBOLS: Readonly<Record<Category, { shape: Shape; filled: boolean }>> = {
  social_aid: { shape: 'circle', filled: true },
  housing: { shape: 'square', filled: true },
  language: { shape: 'triangle', filled: true },
  employment: { shape: 'diamond', filled: true },
  integration: { shape: 'circle', filled: false },
  reception: { shape: 'square', filled: false },
  health: { shape: 'plus', filled: true },
  education: { shape: 'triangle', filled: false },
  legal: { shape: 'diamond', filled: false },
  psychosocial: { shape: 'cross', filled: true },
  childcare: { shape: 'triangleDown', filled: true },
  other: { shape: 'triangleDown', filled: false },
};

export type Shape =
  | 'circle'
  | 'square'
  | 'triangle'
  | 'triangleDown'
  | 'diamond'
  | 'plus'
  | 'cross';

/** An SVG path of a shape of radius r centred on (x, y). */
export function symbolPath(shape: Shape, x: number, y: number, r: number): string {
  const f = (value: number) => Number(value.toFixed(2));
  const poly = (points: [number, number][]) =>
    `M${points.map(([px, py]) => `${f(x + px)},${f(y + py)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return poly([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case 'triangle':
      return poly([
        [0, -r * 1.1],
        [r, r * 0.75],
        [-r, r * 0.75],
      ]);
    case 'triangleDown':
      return poly([
        [0, r * 1.1],
        [r, -r * 0.75],
        [-r, -r * 0.75],
      ]);
    case 'diamond':
      return poly([
        [0, -r * 1.15],
        [r * 1.15, 0],
        [0, r * 1.15],
        [-r * 1.15, 0],
      ]);
    case 'plus': {
      const w = r * 0.38;
      return poly([
        [-w, -r],
        [w, -r],
        [w, -w],
        [r, -w],
        [r, w],
        [w, w],
        [w, r],
        [-w, r],
        [-w, w],
        [-r, w],
        [-r, -w],
        [-w, -w],
      ]);
    }
    case 'cross': {
      const d = r * 0.3;
      const e = r * 0.85;
      return poly([
        [-e, -e + d],
        [-e + d, -e],
        [0, -d],
        [e - d, -e],
        [e, -e + d],
        [d, 0],
        [e, e - d],
        [e - d, e],
        [0, d],
        [-e + d, e],
        [-e, e - d],
        [-d, 0],
      ]);
    }
  }
}

/** The outer and inner rings of a polygonal geometry; none for another geometry. */
function ringsOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

export interface MapBox {
  width: number;
  height: number;
  padding: number;
}

/** Longitude and latitude to the box: equirectangular at the place's latitude, fitted. */
export type Projection = (longitude: number, latitude: number) => [number, number];

/** The projection that fits the rings into the box, keeping shapes (no stretch). */
export function fitProjection(rings: readonly Position[][], box: MapBox): Projection | null {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  if (!Number.isFinite(west) || east <= west || north <= south) return null;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = (east - west) * k;
  const spanY = north - south;
  const scale = Math.min(
    (box.width - 2 * box.padding) / spanX,
    (box.height - 2 * box.padding) / spanY,
  );
  const offsetX = (box.width - spanX * scale) / 2;
  const offsetY = (box.height - spanY * scale) / 2;
  return (longitude, latitude) => [
    offsetX + (longitude - west) * k * scale,
    offsetY + (north - latitude) * scale,
  ];
}

/** The SVG path of a geometry's rings, projected. */
export function geometryPath(geometry: Geometry | null, project: Projection): string {
  return ringsOf(geometry)
    .map(
      (ring) =>
        `M${ring
          .map(([lon = 0, lat = 0]) => {
            const [x, y] = project(lon, lat);
            return `${x.toFixed(1)},${y.toFixed(1)}`;
          })
          .join('L')}Z`,
    )
    .join('');
}

/** The features whose code is among `codes`. */
export function featuresOf(collection: FeatureCollection, codes: ReadonlySet<string>): Feature[] {
  return collection.features.filter((feature) =>
    codes.has(String(feature.properties?.nis_code ?? '')),
  );
}

/** The rings of some features, to fit a projection to. */
export function ringsOfFeatures(features: readonly Feature[]): Position[][] {
  return features.flatMap((feature) => ringsOf(feature.geometry));
}

/** Whether a feature's bounding box meets the box [west, south, east, north]. */
export function meetsBounds(feature: Feature, bounds: [number, number, number, number]): boolean {
  const [west, south, east, north] = bounds;
  return ringsOf(feature.geometry).some((ring) =>
    ring.some(([lon = 0, lat = 0]) => lon >= west && lon <= east && lat >= south && lat <= north),
  );
}

/** The bounds [west, south, east, north] of rings, widened by a share of their size. */
export function boundsOf(
  rings: readonly Position[][],
  margin = 0,
): [number, number, number, number] {
  const lons = rings.flatMap((ring) => ring.map(([lon = 0]) => lon));
  const lats = rings.flatMap((ring) => ring.map(([, lat = 0]) => lat));
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const dx = (east - west) * margin;
  const dy = (north - south) * margin;
  return [west - dx, south - dy, east + dx, north + dy];
}

/**
 * Symbols that fall on one spot (the sites placed at their commune's centre) spread on a
 * small circle around it, so that each stays visible and countable.
 */
export function spreadPoints<T>(
  points: readonly { x: number; y: number; item: T }[],
  radius: number,
): { x: number; y: number; item: T }[] {
  const groups = new Map<string, { x: number; y: number; item: T }[]>();
  for (const point of points) {
    const key = `${Math.round(point.x / radius)}:${Math.round(point.y / radius)}`;
    const group = groups.get(key) ?? [];
    group.push(point);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((group) => {
    if (group.length === 1) return group;
    const ring = radius * Math.max(1.2, group.length / 3);
    return group.map((point, at) => {
      const angle = (2 * Math.PI * at) / group.length - Math.PI / 2;
      return { ...point, x: point.x + ring * Math.cos(angle), y: point.y + ring * Math.sin(angle) };
    });
  });
}
