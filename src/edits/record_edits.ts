import type { Dataset, TableName } from '../model/dataset';
import type { Relationship } from '../model/schemas';
import { type AnyRecord, type Change, findRecord, valuesEqual } from './patch';

/**
 * Pure edits: each takes the dataset and what the user asked for, and returns the patch
 * that does it, or the reason it cannot be done (a message key of the `edit` namespace).
 * None touches the store, the history or the database.
 */
export type EditResult = { patch: Change[] } | { disabled: string };

export function createRecord(table: TableName, record: AnyRecord): Change[] {
  return [{ table, id: record.id, field: null, old: null, new: record }];
}

/**
 * The changes that set `fields` on a record as the user saw it (`seen`): only the fields
 * whose value differs, each with the value seen as `old`. If the record changed meanwhile
 * (another tab, an undo), the write path finds the conflict instead of overwriting it.
 */
export function updateRecord(
  table: TableName,
  seen: AnyRecord,
  fields: Readonly<Record<string, unknown>>,
): Change[] {
  const record = seen as Record<string, unknown>;
  const patch: Change[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (field === 'id' || !(field in record)) continue;
    if (!valuesEqual(record[field], value)) {
      patch.push({ table, id: seen.id, field, old: record[field], new: value });
    }
  }
  return patch;
}

/** One field set to one value on many records (bulk edit of the table's selected rows). */
export function updateMany(
  dataset: Dataset,
  table: TableName,
  ids: readonly string[],
  field: string,
  value: unknown,
): Change[] {
  const wanted = new Set(ids);
  return (dataset[table] as AnyRecord[])
    .filter((record) => wanted.has(record.id))
    .flatMap((record) => updateRecord(table, record, { [field]: value }));
}

function deletion(table: TableName, record: AnyRecord): Change {
  return { table, id: record.id, field: null, old: record, new: null };
}

/**
 * Deletes a record and what cannot stand without it: a service's or a location's links
 * between services and sites, an organisation's relationships (and its children lose
 * their parent). An organisation that still has services or sites cannot be deleted:
 * those are deleted first, by the user, one by one.
 */
export function deleteRecord(dataset: Dataset, table: TableName, id: string): EditResult {
  const record = findRecord(dataset, table, id);
  if (!record) return { disabled: 'recordMissing' };
  const patch: Change[] = [];
  if (table === 'services' || table === 'locations') {
    const key = table === 'services' ? 'service_id' : 'location_id';
    for (const link of dataset.service_at_locations) {
      if (link[key] === id) patch.push(deletion('service_at_locations', link));
    }
  }
  if (table === 'organizations') {
    if (dataset.services.some((service) => service.organization_id === id)) {
      return { disabled: 'organizationHasServices' };
    }
    if (dataset.locations.some((location) => location.organization_id === id)) {
      return { disabled: 'organizationHasLocations' };
    }
    for (const relationship of dataset.relationships) {
      if (
        relationship.source_organization_id === id ||
        relationship.target_organization_id === id
      ) {
        patch.push(deletion('relationships', relationship));
      }
    }
    for (const child of dataset.organizations) {
      if (child.parent_organization_id === id) {
        patch.push({
          table: 'organizations',
          id: child.id,
          field: 'parent_organization_id',
          old: id,
          new: '',
        });
      }
    }
  }
  patch.push(deletion(table, record));
  return { patch };
}

/** A new relationship between two organisations, unless it would link one to itself. */
export function createRelationship(relationship: Relationship): EditResult {
  if (relationship.source_organization_id === relationship.target_organization_id) {
    return { disabled: 'relationshipToItself' };
  }
  return { patch: createRecord('relationships', relationship) };
}
