import { byTable, type TableName } from '../model/dataset';
import { TABLE_SCHEMAS } from '../model/tables';

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
export const TABLE_COLUMNS: Record<TableName, readonly string[]> = byTable((table) =>
  Object.keys(TABLE_SCHEMAS[table].shape),
);

/** A record field as CSV text: null → '', lists joined with '|', numbers in full precision. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('|');
  return String(value);
}
