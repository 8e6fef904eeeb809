import type { Dataset, TableName } from '../model/dataset';
import { TABLE_NAMES } from '../model/dataset';
import type { Location, Organization } from '../model/schemas';
import { TABLE_REFERENCES } from '../model/tables';
import { type AnyRecord, type Change, findRecord, valuesEqual } from './patch';
import type { EditResult } from './record_edits';

/**
 * Two records found to be one (the duplicates finder), merged on the user's word: the kept
 * record takes, field by field, the value the user chose; every source of both is kept;
 * every reference to the dropped record (services, sites, links between services and sites,
 * relationships, children, `distinct_from` lists) is moved to the kept one; then the
 * dropped record is deleted. One patch: one transaction, undone at once.
 */

export type MergeTable = 'organizations' | 'locations';

export interface MergeRequest {
  table: MergeTable;
  keepId: string;
  dropId: string;
  /** The fields whose value is taken from the dropped record; the others keep the kept one's. */
  fromDropped: readonly string[];
}

/** Fields the merge sets itself, whatever the user chose. */
const JOINED_FIELDS = new Set(['id', 'source', 'distinct_from']);

/** The sources of both records, each once, in order ("; "-joined, as the data joins them). */
export function joinSources(...sources: readonly string[]): string {
  const parts = sources.flatMap((source) =>
    source
      .split(/;\s+/)
      .map((part) => part.trim())
      .filter(Boolean),
  );
  return [...new Set(parts)].join('; ');
}

/** The fields in which the two records differ, the id and the joined fields aside. */
export function differingFields(a: AnyRecord, b: AnyRecord): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].filter(
    (field) =>
      !JOINED_FIELDS.has(field) &&
      !valuesEqual(
        (a as Record<string, unknown>)[field] ?? '',
        (b as Record<string, unknown>)[field] ?? '',
      ),
  );
}

function fieldChange(table: TableName, record: AnyRecord, field: string, value: unknown): Change {
  return {
    table,
    id: record.id,
    field,
    old: (record as Record<string, unknown>)[field],
    new: value,
  };
}

function deletion(table: TableName, record: AnyRecord): Change {
  return { table, id: record.id, field: null, old: record, new: null };
}

/** The kept record's new values: chosen fields, joined sources and `distinct_from`. */
function mergedValues(
  request: MergeRequest,
  keep: Organization | Location,
  drop: Organization | Location,
): Record<string, unknown> {
  const kept = keep as Record<string, unknown>;
  const dropped = drop as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const field of request.fromDropped) {
    if (!JOINED_FIELDS.has(field) && field in dropped) values[field] = dropped[field];
  }
  values.source = joinSources(keep.source, drop.source);
  const apart = new Set([...(keep.distinct_from ?? []), ...(drop.distinct_from ?? [])]);
  apart.delete(keep.id);
  apart.delete(drop.id);
  if (apart.size > 0 || keep.distinct_from !== undefined) values.distinct_from = [...apart];
  // An organisation is not its own parent: a parent that was either of the two is dropped.
  const parent =
    'parent_organization_id' in values
      ? values.parent_organization_id
      : kept.parent_organization_id;
  if (parent === keep.id || parent === drop.id) values.parent_organization_id = '';
  return values;
}

/** What makes two rows of a table the same once references moved (else null: never). */
function identityOf(table: TableName, record: Record<string, unknown>): string | null {
  if (table === 'service_at_locations') return `${record.service_id}|${record.location_id}`;
  if (table === 'relationships') {
    return `${record.source_organization_id}|${record.target_organization_id}|${record.type}`;
  }
  return null;
}

/**
 * The changes that point the records of `table` referring to the dropped record at the kept
 * one. A row that then repeats another (the same service at the same site, the same
 * relationship) is deleted, its source joined into the one that stays; a relationship that
 * would link the kept record to itself is deleted.
 */
function movedReferences(
  dataset: Dataset,
  table: TableName,
  request: MergeRequest,
  patch: Change[],
): void {
  const references = TABLE_REFERENCES[table].filter((ref) => ref.table === request.table);
  if (references.length === 0) return;
  const rows = dataset[table] as AnyRecord[];
  const seen = new Map<string, AnyRecord>();
  const moved: { record: AnyRecord; after: Record<string, unknown> }[] = [];
  for (const record of rows) {
    const fields = record as Record<string, unknown>;
    if (record.id === request.dropId && table === request.table) continue;
    if (record.id === request.keepId && table === request.table) continue;
    const after = { ...fields };
    for (const ref of references) {
      if (fields[ref.field] === request.dropId) after[ref.field] = request.keepId;
    }
    const touched = references.some((ref) => fields[ref.field] === request.dropId);
    if (touched) moved.push({ record, after });
    else {
      const identity = identityOf(table, fields);
      if (identity !== null) seen.set(identity, record);
    }
  }
  for (const { record, after } of moved) {
    if (
      table === 'relationships' &&
      after.source_organization_id === after.target_organization_id
    ) {
      patch.push(deletion(table, record));
      continue;
    }
    const identity = identityOf(table, after);
    const twin = identity === null ? undefined : seen.get(identity);
    if (twin) {
      const joined = joinSources(twin.source, record.source);
      if (joined !== twin.source) patch.push(fieldChange(table, twin, 'source', joined));
      patch.push(deletion(table, record));
      continue;
    }
    if (identity !== null) seen.set(identity, { ...record, ...after } as AnyRecord);
    for (const ref of references) {
      const value = after[ref.field];
      if (value !== (record as Record<string, unknown>)[ref.field]) {
        patch.push(fieldChange(table, record, ref.field, value));
      }
    }
  }
}

/** `distinct_from` lists of other records that name the dropped record name the kept one. */
function movedApartLists(dataset: Dataset, request: MergeRequest, patch: Change[]): void {
  for (const record of dataset[request.table] as (Organization | Location)[]) {
    if (record.id === request.keepId || record.id === request.dropId) continue;
    const list = record.distinct_from;
    if (!list?.includes(request.dropId)) continue;
    const next = [...new Set(list.map((id) => (id === request.dropId ? request.keepId : id)))];
    patch.push(fieldChange(request.table, record, 'distinct_from', next));
  }
}

/** The patch that merges the dropped record into the kept one (see the module's comment). */
export function mergeRecords(dataset: Dataset, request: MergeRequest): EditResult {
  if (request.keepId === request.dropId) return { disabled: 'mergeWithItself' };
  const keep = findRecord(dataset, request.table, request.keepId) as
    | Organization
    | Location
    | undefined;
  const drop = findRecord(dataset, request.table, request.dropId) as
    | Organization
    | Location
    | undefined;
  if (!keep || !drop) return { disabled: 'recordMissing' };
  const patch: Change[] = [];
  for (const table of TABLE_NAMES) movedReferences(dataset, table, request, patch);
  movedApartLists(dataset, request, patch);
  const values = mergedValues(request, keep, drop);
  for (const [field, value] of Object.entries(values)) {
    if (!valuesEqual((keep as Record<string, unknown>)[field], value)) {
      patch.push(fieldChange(request.table, keep, field, value));
    }
  }
  patch.push(deletion(request.table, drop));
  return { patch };
}

/**
 * The patch that records the user's word that two records are not the same: each names
 * the other in its `distinct_from`, so the finder does not propose them again.
 */
export function markDistinct(
  dataset: Dataset,
  table: MergeTable,
  ids: readonly [string, string],
): EditResult {
  const records = ids.map((id) => findRecord(dataset, table, id)) as (
    | Organization
    | Location
    | undefined
  )[];
  const [a, b] = records;
  if (!a || !b) return { disabled: 'recordMissing' };
  const patch: Change[] = [];
  for (const [record, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const list = record.distinct_from ?? [];
    if (!list.includes(other.id)) {
      patch.push(fieldChange(table, record, 'distinct_from', [...list, other.id]));
    }
  }
  return { patch };
}
