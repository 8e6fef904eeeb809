import type {
  Indicator,
  Location,
  Organization,
  Relationship,
  Service,
  ServiceAtLocation,
} from './schemas';

/** The normalised model: one array per table of SPEC.md. Communes are reference data, apart. */
export interface Dataset {
  organizations: Organization[];
  services: Service[];
  locations: Location[];
  service_at_locations: ServiceAtLocation[];
  relationships: Relationship[];
  indicators: Indicator[];
}

export type TableName = keyof Dataset;

export const TABLE_NAMES: readonly TableName[] = [
  'organizations',
  'services',
  'locations',
  'service_at_locations',
  'relationships',
  'indicators',
];

export function emptyDataset(): Dataset {
  return {
    organizations: [],
    services: [],
    locations: [],
    service_at_locations: [],
    relationships: [],
    indicators: [],
  };
}

/** A value for each table, made by `make`. */
export function byTable<T>(make: (table: TableName) => T): Record<TableName, T> {
  return {
    organizations: make('organizations'),
    services: make('services'),
    locations: make('locations'),
    service_at_locations: make('service_at_locations'),
    relationships: make('relationships'),
    indicators: make('indicators'),
  };
}
