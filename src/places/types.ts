import type { LocationPrecision } from '../model/enums';
import type { Crs, Finding } from '../model/report';

/** A Walloon commune (2025 boundaries) as the gazetteer knows it. */
export interface CommuneInfo {
  nis_code: string;
  name_fr: string;
  name_nl: string;
  name_de: string;
  arrondissement: string;
  province: string;
  /** A point guaranteed inside the commune: [longitude, latitude]. */
  interior_point: [number, number];
}

/** The levels of Statbel's REFNIS codes: a commune, an arrondissement, a province, a region, Belgium. */
export type AreaLevel = 'commune' | 'arrondissement' | 'province' | 'region' | 'country';

/** A territorial unit (a commune or one of the units above it) by its REFNIS code. */
export interface AreaInfo {
  nis_code: string;
  level: AreaLevel;
  name_fr: string;
  name_nl: string;
  name_de: string;
}

/** One postcode: its centroid and the communes its localities belong to. */
export interface PostcodeInfo {
  postal_code: string;
  /** [longitude, latitude], or null when no source gives one. */
  centroid: [number, number] | null;
  /** The current (2025) NIS codes of the communes sharing this postcode. */
  nis_codes: string[];
  /** The name of the postcode's locality (a section of a commune), '' when none is known. */
  locality?: string;
}

/** A commune code that changed: renumbered on 1 Jan 2019, or merged on 1 Jan 2025. */
export interface NisUpdate {
  from: string;
  to: string;
  reason: 'renumbered_2019' | 'merged_2025';
}

/**
 * Where places are looked up: communes (by code, by point, by name in FR/NL/DE with or
 * without accents), postcodes and code updates. Pure and synchronous; built once from
 * the reference data (data/reference) by `createGazetteer`.
 */
export interface Gazetteer {
  communeByNis(nisCode: string): CommuneInfo | undefined;
  /** The commune containing the point (point in polygon, with a spatial index). */
  communeAt(longitude: number, latitude: number): CommuneInfo | undefined;
  /** Communes whose FR, NL or DE name matches, ignoring case, accents, hyphens and apostrophes. */
  communesByName(name: string): CommuneInfo[];
  postcode(postalCode: string): PostcodeInfo | undefined;
  /** The current code for an old one, or undefined when the code is current or unknown. */
  updateNis(nisCode: string): NisUpdate | undefined;
  /** True when the point lies within Wallonia's bounding box (with a small margin). */
  isNearWallonia(longitude: number, latitude: number): boolean;
  readonly communes: readonly CommuneInfo[];
  readonly postcodes: readonly PostcodeInfo[];
  /** The arrondissements and provinces the communes lie in, and Wallonia (see areas.ts). */
  readonly areas: readonly AreaInfo[];
  /** A commune or a unit above it, by its REFNIS code. */
  areaByNis(code: string): AreaInfo | undefined;
  /** The units a name may mean (a commune, or "province de …", "arrondissement …"). */
  areasByName(name: string): AreaInfo[];
  /** The communes a unit covers, the commune itself for a commune (Belgium: the Walloon ones). */
  communesOfArea(code: string): readonly CommuneInfo[];
}

/** The place facts of one row, as raw text from the file. */
export interface PlaceInput {
  latitude: string;
  longitude: string;
  /** Projected coordinates (Lambert 72 / 2008), when the file gives x/y instead of lat/lon. */
  x: string;
  y: string;
  /** The file's CRS when known (GeoJSON `crs` member, or detected for the whole file). */
  crs: Crs | null;
  postal_code: string;
  city: string;
  nis_code: string;
  /** A precision the file states (e.g. an Atlas export), kept when coordinates are given. */
  location_precision: string;
}

/** The outcome of placing a row: where it is, how precisely, in which commune, and why. */
export interface Placement {
  latitude: number | null;
  longitude: number | null;
  location_precision: LocationPrecision | '';
  /** The current NIS code of the commune, or '' when unknown. */
  nis_code: string;
  /** The postcode and city, cleaned (city filled from the commune when empty). */
  postal_code: string;
  city: string;
  findings: Finding[];
}
