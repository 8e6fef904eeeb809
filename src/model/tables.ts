import type { TableName } from './dataset';
import {
  indicatorSchema,
  locationSchema,
  organizationSchema,
  relationshipSchema,
  serviceAtLocationSchema,
  serviceSchema,
} from './schemas';

/** The schema of each table's records. */
export const TABLE_SCHEMAS = {
  organizations: organizationSchema,
  services: serviceSchema,
  locations: locationSchema,
  service_at_locations: serviceAtLocationSchema,
  relationships: relationshipSchema,
  indicators: indicatorSchema,
} as const satisfies Record<TableName, unknown>;

/** A field that holds the id of a record of `table`. */
export interface Reference {
  field: string;
  table: TableName;
  /** Whether the field may be empty (a location without its organisation, an organisation without a parent). */
  optional: boolean;
}

/** The references of each table's records to other records. */
export const TABLE_REFERENCES: Record<TableName, readonly Reference[]> = {
  organizations: [{ field: 'parent_organization_id', table: 'organizations', optional: true }],
  services: [{ field: 'organization_id', table: 'organizations', optional: false }],
  locations: [{ field: 'organization_id', table: 'organizations', optional: true }],
  service_at_locations: [
    { field: 'service_id', table: 'services', optional: false },
    { field: 'location_id', table: 'locations', optional: false },
  ],
  relationships: [
    { field: 'source_organization_id', table: 'organizations', optional: false },
    { field: 'target_organization_id', table: 'organizations', optional: false },
  ],
  indicators: [],
};
