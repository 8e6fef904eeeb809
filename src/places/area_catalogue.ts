import type { FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { areaLevel } from './areas';

/** What a writer says of a unit of a service area: its name and its boundary. */
export interface AreaCatalogue {
  /** The unit's name as its boundary file gives it ("Arrondissement de Huy"); the code when unknown. */
  label(code: string): string;
  /** The unit's boundary (WGS84); null when no boundary file has it. */
  extent(code: string): Geometry | null;
}

/** The boundary files of data/reference. */
export interface Boundaries {
  communes: FeatureCollection;
  arrondissements: FeatureCollection;
  provinces: FeatureCollection;
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [(geometry as Polygon).coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * The names and boundaries of the communes, arrondissements and provinces in the boundary
 * files; Wallonia (and Belgium, of which the files hold only Wallonia) is its provinces'
 * polygons together, as one MultiPolygon.
 */
export function areaCatalogue(boundaries: Boundaries): AreaCatalogue {
  const units = new Map<string, { label: string; geometry: Geometry | null }>();
  const add = (
    collection: FeatureCollection,
    labelOf: (properties: Record<string, unknown>) => unknown,
  ) => {
    for (const feature of collection.features) {
      const properties = (feature.properties ?? {}) as Record<string, unknown>;
      const code = String(properties.nis_code ?? properties.nis ?? '');
      if (!areaLevel(code)) continue;
      units.set(code, { label: String(labelOf(properties) ?? code), geometry: feature.geometry });
    }
  };
  add(boundaries.communes, (properties) => properties.name_fr);
  add(boundaries.arrondissements, (properties) => properties.label_fr ?? properties.name_fr);
  add(boundaries.provinces, (properties) => properties.label_fr ?? properties.name_fr);
  const region: Geometry = {
    type: 'MultiPolygon',
    coordinates: boundaries.provinces.features.flatMap((feature) => polygonsOf(feature.geometry)),
  };
  return {
    label: (code) => units.get(code)?.label ?? code,
    extent(code) {
      const level = areaLevel(code);
      if (level === 'region' || level === 'country') return region;
      return units.get(code)?.geometry ?? null;
    },
  };
}
