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

/**
 * A record as the current model has it: a field added to the model after the record was
 * written (kept in a browser's change log, or in a changeset) is set to its default (an
 * empty text, an empty list). MUTATES and returns `record`.
 */
export function completeRecord<T extends object>(table: TableName, record: T): T {
  const shape = TABLE_SCHEMAS[table].shape as Record<
    string,
    { safeParse(value: unknown): { success: boolean; data?: unknown } }
  >;
  for (const field of Object.keys(shape)) {
    if (field in record) continue;
    const fallback = shape[field]?.safeParse(undefined);
    if (fallback?.success && fallback.data !== undefined) {
      (record as Record<string, unknown>)[field] = fallback.data;
    }
  }
  return record;
}
