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
