import type { MultiPolygon, Polygon } from 'geojson';

/**
 * A polygon or multipolygon compiled for fast point-in-polygon tests: its rings as flat
 * coordinate arrays. Placing every site of a 100,000-row import asks this once per site.
 */
export type CompiledArea = readonly Float64Array[];

export function compileArea(geometry: Polygon | MultiPolygon): CompiledArea {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) =>
    rings.map((ring) => Float64Array.from(ring.flatMap(([x = 0, y = 0]) => [x, y]))),
  );
}

/**
 * True when (x, y) lies inside the area, by the even-odd rule over all its rings (holes
 * and separate parts included). Points exactly on an edge may fall either way.
 */
export function areaContains(area: CompiledArea, x: number, y: number): boolean {
  let inside = false;
  for (const ring of area) {
    const n = ring.length;
    let xj = ring[n - 2] as number;
    let yj = ring[n - 1] as number;
    for (let i = 0; i < n; i += 2) {
      const xi = ring[i] as number;
      const yi = ring[i + 1] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      xj = xi;
      yj = yi;
    }
  }
  return inside;
}
