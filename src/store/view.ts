import type { FeatureCollection } from 'geojson';

/** What the views show, as the store holds it: the shapes every view reads. */

export type SelectionKind = 'site' | 'organization' | 'commune';

/** What the detail panel shows: a site (a service at a location), an organisation or a commune. */
export interface Selection {
  kind: SelectionKind;
  /** A SiteRow id, an organisation id or a NIS code. */
  id: string;
}

/** The map's view: centre [longitude, latitude] and zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

export type Panel = 'table' | 'network';

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
