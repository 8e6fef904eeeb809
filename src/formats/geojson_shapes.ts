import type { Geometry } from 'geojson';
import { describeValue, isPlainObject } from '../text/json_text';

/**
 * The shapes of a GeoJSON file checked before they are used: a geometry's coordinates are
 * nested lists of finite numbers, as deep as its type says (RFC 7946, 3.1). What does not
 * fit is described in words, for the user, rather than met later as "x.map is not a
 * function". Linear in the number of coordinates; the nesting was bounded before parsing.
 */

/** How deep each type nests its positions, and what its coordinates are, in words. */
const SHAPES: Record<string, { depth: number; expected: string; least: number }> = {
  Point: { depth: 0, expected: 'a position (a list of two or three numbers)', least: 0 },
  MultiPoint: { depth: 1, expected: 'a list of positions', least: 1 },
  LineString: { depth: 1, expected: 'a list of at least two positions', least: 2 },
  MultiLineString: { depth: 2, expected: 'a list of lines (lists of positions)', least: 1 },
  Polygon: { depth: 2, expected: 'a list of rings (lists of four or more positions)', least: 1 },
  MultiPolygon: { depth: 3, expected: 'a list of polygons (lists of rings)', least: 1 },
};

function isPosition(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.length <= 4 &&
    value.every((number) => typeof number === 'number' && Number.isFinite(number))
  );
}

/** The first value in `value` that breaks a nesting of positions `depth` deep, or null. */
function misfit(value: unknown, depth: number): { found: unknown } | null {
  if (depth === 0) return isPosition(value) ? null : { found: value };
  if (!Array.isArray(value)) return { found: value };
  for (const item of value) {
    const wrong = misfit(item, depth - 1);
    if (wrong) return wrong;
  }
  return null;
}

/**
 * Which of a geometry's faults it is (a sentence each in the interface's messages,
 * `import:geometryProblem.<fault>`): not an object; a collection without its list; a type
 * GeoJSON does not have; coordinates not as deep as its type says (the list itself, or a
 * value inside it); too few positions.
 */
export type GeometryFault =
  | 'notObject'
  | 'noGeometries'
  | 'unknownType'
  | 'coordinates'
  | 'coordinatesInside'
  | 'tooFew';

/** What is wrong with a geometry: in English words, and its type and the value that does not fit. */
export interface GeometryProblem {
  message: string;
  fault: GeometryFault;
  /** The position (1-based) of the faulty geometry in a GeometryCollection, 0 when not in one. */
  part: number;
  /** The geometry's type as the file gives it ('' when it has none). */
  type: string;
  /** The value that does not fit (the geometry itself, its type, or a coordinate). */
  found: unknown;
}

/** What is wrong with a geometry, or null when it is usable. */
export function geometryProblem(geometry: unknown): GeometryProblem | null {
  const problem = problemOf(geometry);
  if (!problem) return null;
  const type = isPlainObject(geometry) && typeof geometry.type === 'string' ? geometry.type : '';
  return { type, ...problem };
}

/** A fault, with the type of the geometry at fault when it is a part of a collection. */
type Fault = Omit<GeometryProblem, 'type'> & { type?: string };

function problemOf(geometry: unknown): Fault | null {
  if (geometry === null || geometry === undefined) return null;
  if (!isPlainObject(geometry)) {
    return {
      message: `The geometry should be an object with a type and coordinates; found ${describeValue(geometry)}`,
      fault: 'notObject',
      part: 0,
      found: geometry,
    };
  }
  const { type } = geometry;
  if (type === 'GeometryCollection') {
    const { geometries } = geometry;
    if (!Array.isArray(geometries)) {
      return {
        message: `A GeometryCollection should list its geometries; found ${describeValue(geometries)}`,
        fault: 'noGeometries',
        part: 0,
        found: geometries,
      };
    }
    for (const [index, part] of geometries.entries()) {
      const problem = problemOf(part);
      if (problem) {
        return {
          ...problem,
          message: `Geometry ${index + 1} of the collection: ${problem.message}`,
          part: index + 1,
          type: isPlainObject(part) && typeof part.type === 'string' ? part.type : '',
        };
      }
    }
    return null;
  }
  const shape = typeof type === 'string' ? SHAPES[type] : undefined;
  if (!shape) {
    return {
      message: `"${String(type)}" is not a GeoJSON geometry type (Point, Polygon, …)`,
      fault: 'unknownType',
      part: 0,
      found: type,
    };
  }
  const { coordinates } = geometry;
  const wrong = misfit(coordinates, shape.depth);
  if (wrong) {
    const inside = wrong.found !== coordinates;
    return {
      message: `The coordinates of this ${type} should be ${shape.expected}; found ${describeValue(wrong.found)}${inside ? ' inside them' : ''}`,
      fault: inside ? 'coordinatesInside' : 'coordinates',
      part: 0,
      found: wrong.found,
    };
  }
  if (shape.depth > 0 && (coordinates as unknown[]).length < shape.least) {
    return {
      message: `The coordinates of this ${type} should be ${shape.expected}; found too few`,
      fault: 'tooFew',
      part: 0,
      found: coordinates,
    };
  }
  return null;
}

/** The geometry when it is usable, else null (its problem said by `geometryProblem`). */
export function usableGeometry(geometry: unknown): Geometry | null {
  return geometry !== undefined && geometryProblem(geometry) === null
    ? ((geometry as Geometry | null) ?? null)
    : null;
}
