import type { TableName } from './dataset';

/**
 * Fields for the team's own use: the person to call at an organisation or service, and
 * notes. They are kept, edited, undone and saved like any other field, but every export
 * (files, changesets) leaves them out unless the user asks for them.
 */
export const INTERNAL_FIELDS: Readonly<Partial<Record<TableName, readonly string[]>>> = {
  organizations: ['contact_person', 'notes'],
  services: ['contact_person', 'notes'],
};

export function isInternalField(table: TableName, field: string | null): boolean {
  return field !== null && (INTERNAL_FIELDS[table]?.includes(field) ?? false);
}

/** A record as exports show it: without its internal fields unless they are asked for. */
export function exportedRecord(
  table: TableName,
  record: unknown,
  includeInternal: boolean,
): unknown {
  const fields = INTERNAL_FIELDS[table];
  if (includeInternal || !fields || record === null || typeof record !== 'object') return record;
  if (Array.isArray(record)) return record;
  const copy = { ...(record as Record<string, unknown>) };
  for (const field of fields) delete copy[field];
  return copy;
}
