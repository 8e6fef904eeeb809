/** A point on the Earth, WGS84 degrees. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_M;

/** The great-circle distance between two points, in metres (haversine). */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const toRadians = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * toRadians;
  const dLon = (b.longitude - a.longitude) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * toRadians) * Math.cos(b.latitude * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Every pair of points at most `metres` apart, as index pairs [i, j] with i < j, each once.
 * The points are put in a grid of cells at least `metres` wide, and each is compared only
 * with the points of its cell and the eight around it: the time grows with the number of
 * points and of close pairs, not with the square of the points.
 */
export function nearbyPairs(points: readonly GeoPoint[], metres: number): [number, number][] {
  if (points.length < 2) return [];
  let widest = 0;
  for (const point of points) widest = Math.max(widest, Math.abs(point.latitude));
  // Cells are narrowest (in metres per degree of longitude) at the highest latitude: sized
  // there, they are at least `metres` wide everywhere.
  const latitudeStep = metres / METRES_PER_DEGREE;
  const longitudeStep =
    metres / (METRES_PER_DEGREE * Math.max(Math.cos((Math.min(widest, 89) * Math.PI) / 180), 1e-6));
  // A cell's key is a small integer made of the low bits of its row and column: cells of a
  // 3 × 3 block never share one, and far cells that do only add distance checks.
  const cellKey = (row: number, column: number) => ((row & 0x7fff) << 16) | (column & 0xffff);
  const rows = points.map((point) => Math.floor(point.latitude / latitudeStep));
  const columns = points.map((point) => Math.floor(point.longitude / longitudeStep));
  const cells = new Map<number, number[]>();
  for (let index = 0; index < points.length; index++) {
    const key = cellKey(rows[index] as number, columns[index] as number);
    const cell = cells.get(key);
    if (cell) cell.push(index);
    else cells.set(key, [index]);
  }
  const pairs: [number, number][] = [];
  for (let index = 0; index < points.length; index++) {
    const point = points[index] as GeoPoint;
    const row = rows[index] as number;
    const column = columns[index] as number;
    for (let dRow = -1; dRow <= 1; dRow++) {
      for (let dColumn = -1; dColumn <= 1; dColumn++) {
        const cell = cells.get(cellKey(row + dRow, column + dColumn));
        if (!cell) continue;
        for (const other of cell) {
          if (other <= index) continue;
          if (distanceMetres(point, points[other] as GeoPoint) <= metres)
            pairs.push([index, other]);
        }
      }
    }
  }
  return pairs;
}
