import type { Dataset, TableName } from '../model/dataset';
import { completeRecord } from '../model/tables';

/** A record of any table of the model. */
export type AnyRecord = Dataset[TableName][number];

/**
 * One change to one record: the smallest unit of the change log, of undo and of a
 * changeset. `field` names the field changed; when it is null the whole record is created
 * (`old` is null) or deleted (`new` is null). `old` is what the author saw, so a change can
 * be checked against data that moved on since (another tab, a newer base dataset).
 */
export interface Change {
  table: TableName;
  id: string;
  field: string | null;
  old: unknown;
  new: unknown;
}

/** The changes of one user action, applied together and undone together. */
export type Patch = readonly Change[];

/**
 * A change as the current model has it: a whole record (a creation or a deletion) written
 * before a field was added to the model gets that field's default, so that it compares equal
 * to the same record read now. MUTATES the change's records.
 */
export function completeChange(change: Change): Change {
  if (change.field !== null) return change;
  for (const value of [change.old, change.new]) {
    if (typeof value === 'object' && value !== null) completeRecord(change.table, value);
  }
  return change;
}

/** Deep equality of field values (text, numbers, null, lists of codes, whole records). */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    valuesEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The value a change expects to find: a field's value, the whole record, or null if absent. */
export function currentValue(dataset: Dataset, change: Change): unknown {
  const record = findRecord(dataset, change.table, change.id);
  if (change.field === null) return record ?? null;
  return record ? (record as Record<string, unknown>)[change.field] : undefined;
}

export function findRecord(dataset: Dataset, table: TableName, id: string): AnyRecord | undefined {
  return (dataset[table] as AnyRecord[]).find((record) => record.id === id);
}

/**
 * The dataset with the patch applied, in order. Tables the patch does not touch are shared
 * with the input; touched tables are new arrays (the input is never mutated). A field
 * change on a missing record, or a creation of an existing id, is skipped: callers that
 * must know check with `conflictsOf` first.
 */
export function applyPatch(dataset: Dataset, patch: Patch): Dataset {
  if (patch.length === 0) return dataset;
  const next: Dataset = { ...dataset };
  const byTable = new Map<TableName, Change[]>();
  for (const change of patch) {
    const list = byTable.get(change.table);
    if (list) list.push(change);
    else byTable.set(change.table, [change]);
  }
  for (const [table, changes] of byTable) {
    const records = (dataset[table] as AnyRecord[]).slice();
    const position = positionsOf(records, changes.length);
    let deleted = false;
    for (const change of changes) {
      const index = position.get(change.id);
      if (change.field === null) {
        if (change.new === null) {
          if (index !== undefined) {
            records[index] = undefined as unknown as AnyRecord;
            position.delete(change.id);
            deleted = true;
          }
        } else if (index === undefined) {
          position.set(change.id, records.push(change.new as AnyRecord) - 1);
        } else {
          records[index] = change.new as AnyRecord;
        }
      } else if (index !== undefined) {
        records[index] = { ...records[index], [change.field]: change.new } as AnyRecord;
      }
    }
    (next as unknown as Record<TableName, AnyRecord[]>)[table] = deleted
      ? records.filter((record) => record !== undefined)
      : records;
  }
  return next;
}

/**
 * Where each record is, by id, for `lookups` lookups. A form's edit touches a record or two:
 * they are looked up by a scan rather than by indexing the whole table (100,000 records
 * after a large import).
 */
function positionsOf(records: (AnyRecord | undefined)[], lookups: number) {
  return lookups <= 8
    ? scanIndex(records)
    : new Map(records.map((record, index) => [record?.id ?? '', index]));
}

/** A Map-like lookup of positions by id that scans the array: cheap for a few lookups. */
function scanIndex(records: (AnyRecord | undefined)[]) {
  const moved = new Map<string, number | undefined>();
  return {
    get(id: string): number | undefined {
      if (moved.has(id)) return moved.get(id);
      const index = records.findIndex((record) => record?.id === id);
      return index < 0 ? undefined : index;
    },
    set(id: string, index: number) {
      moved.set(id, index);
    },
    delete(id: string) {
      moved.set(id, undefined);
    },
  };
}

/** The patch that undoes `patch`: each change reversed, in reverse order. */
export function invertPatch(patch: Patch): Change[] {
  return patch.map((change) => ({ ...change, old: change.new, new: change.old })).reverse();
}

/**
 * The changes of `patch` whose `old` no longer matches the dataset: someone else changed
 * the same field or record since the author saw it. Checked in order, so a patch that
 * changes a field twice is checked against its own first change.
 */
export function conflictsOf(dataset: Dataset, patch: Patch): Change[] {
  const indexes = new Map<TableName, ReturnType<typeof positionsOf>>();
  const touched = new Map<string, AnyRecord | null>();
  const recordOf = (change: Change): AnyRecord | null => {
    const key = `${change.table}\u0000${change.id}`;
    if (touched.has(key)) return touched.get(key) ?? null;
    const records = dataset[change.table] as AnyRecord[];
    let index = indexes.get(change.table);
    if (!index) {
      index = positionsOf(records, patch.length);
      indexes.set(change.table, index);
    }
    const position = index.get(change.id);
    return position === undefined ? null : (records[position] ?? null);
  };
  const conflicts: Change[] = [];
  for (const change of patch) {
    const record = recordOf(change);
    const value =
      change.field === null
        ? record
        : record
          ? (record as Record<string, unknown>)[change.field]
          : undefined;
    if (!valuesEqual(value, change.old)) conflicts.push(change);
    const key = `${change.table}\u0000${change.id}`;
    if (change.field === null) touched.set(key, change.new as AnyRecord | null);
    else if (record) touched.set(key, { ...record, [change.field]: change.new } as AnyRecord);
  }
  return conflicts;
}
