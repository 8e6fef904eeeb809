import type { FeatureCollection } from 'geojson';

/** What the views show, as the store holds it: the shapes every view reads. */

export type SelectionKind = 'site' | 'organization' | 'commune' | 'arrondissement' | 'province';

/**
 * What the detail panel shows: a site (a service at a location), an organisation, a
 * commune, an arrondissement or a province.
 */
export interface Selection {
  kind: SelectionKind;
  /** A SiteRow id, an organisation id or a REFNIS code (a commune's, an arrondissement's, a province's). */
  id: string;
}

/** The map's view: centre [longitude, latitude] and zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/**
 * The views that share the working area with the map, in the order of their tabs. A view
 * added here is read from links at once; the shell gives it its tab and its component.
 */
export const PANELS = ['table', 'network', 'analysis', 'series', 'duplicates', 'quality'] as const;
export type Panel = (typeof PANELS)[number];

/** How the working area is shared: the map and a panel split, the map alone, the panel alone. */
export const ARRANGEMENTS = ['split', 'map', 'panel'] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];

/** The map's share of the split working area: at least MIN_SPLIT, at most MAX_SPLIT. */
export const MIN_SPLIT = 0.2;
export const MAX_SPLIT = 0.8;

/** The arrangement of the screen, as a link keeps it. */
export interface Layout {
  arrangement: Arrangement;
  /** The map's share of the working area's height when split (MIN_SPLIT to MAX_SPLIT). */
  split: number;
  /** The filter panel is unfolded. */
  filters: boolean;
  /** The detail panel is unfolded (it shows only while something is selected). */
  details: boolean;
}

export const DEFAULT_LAYOUT: Layout = {
  arrangement: 'split',
  split: 0.5,
  filters: true,
  details: true,
};

/** A split share within bounds, to the hundredth (as a link keeps it). */
export function clampSplit(split: number): number {
  if (!Number.isFinite(split)) return DEFAULT_LAYOUT.split;
  return Math.round(Math.min(MAX_SPLIT, Math.max(MIN_SPLIT, split)) * 100) / 100;
}

export interface LoadState {
  status: 'loading' | 'ready' | 'error';
  /** 0 to 1 while loading. */
  progress: number;
  /** Why loading failed, for the user. */
  error: string;
}

/** The boundaries drawn on the map (data/reference), WGS84 GeoJSON. */
export interface Geography {
  communes: FeatureCollection;
  arrondissements: FeatureCollection;
  provinces: FeatureCollection;
}
