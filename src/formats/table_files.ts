import type { TableName } from '../model/dataset';
import {
  indicatorSchema,
  locationSchema,
  organizationSchema,
  relationshipSchema,
  serviceAtLocationSchema,
  serviceSchema,
} from '../model/schemas';

/** The file of each table in the normalised CSV form (HSDS file names where HSDS has the table). */
export const TABLE_FILES: Record<TableName, string> = {
  organizations: 'organizations.csv',
  services: 'services.csv',
  locations: 'locations.csv',
  service_at_locations: 'service_at_location.csv',
  relationships: 'relationships.csv',
  indicators: 'indicators.csv',
};

/** The columns of each table, in schema order. */
export const TABLE_COLUMNS: Record<TableName, readonly string[]> = {
  organizations: Object.keys(organizationSchema.shape),
  services: Object.keys(serviceSchema.shape),
  locations: Object.keys(locationSchema.shape),
  service_at_locations: Object.keys(serviceAtLocationSchema.shape),
  relationships: Object.keys(relationshipSchema.shape),
  indicators: Object.keys(indicatorSchema.shape),
};

/** A record field as CSV text: null → '', lists joined with '|', numbers in full precision. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('|');
  return String(value);
}
