import { runAtOnce } from '../lib/slices';
import { type Dataset, TABLE_NAMES, type TableName } from '../model/dataset';
import { type ImportOrigin, withSourceOf } from './import_source';
import type { AnyRecord, Change } from './patch';
import { createRecord, updateRecord } from './record_edits';

/**
 * What an import does to the data the user has: `add` merges the imported records into it
 * (a record whose id is already there is updated), `replace` makes the data exactly the
 * import (every record the import lacks is deleted).
 */
export type ImportMode = 'add' | 'replace';

/** The history label of each mode (history:label.*). */
export const IMPORT_LABELS: Record<ImportMode, 'importAdd' | 'importReplace'> = {
  add: 'importAdd',
  replace: 'importReplace',
};

/** How many records an import patch creates, updates (one or more fields) and deletes. */
export interface ImportCounts {
  created: number;
  updated: number;
  deleted: number;
}

function byId(records: readonly AnyRecord[]): Map<string, AnyRecord> {
  return new Map(records.map((record) => [record.id, record]));
}

function recordsOf(dataset: Dataset, table: TableName): readonly AnyRecord[] {
  return dataset[table] as readonly AnyRecord[];
}

/**
 * The changes that bring the imported records into `current`: a new id is created, a known
 * id becomes updates of the fields that differ, with the current record as what the user
 * saw (so the one write path detects anything that moved meanwhile). Identical records
 * give no change: importing the same file twice changes nothing the second time.
 */
function mergeChanges(current: Dataset, imported: Dataset): Change[] {
  const patch: Change[] = [];
  for (const table of TABLE_NAMES) {
    const known = byId(recordsOf(current, table));
    for (const record of recordsOf(imported, table)) {
      const seen = known.get(record.id);
      if (seen) patch.push(...updateRecord(table, seen, record));
      else patch.push(...createRecord(table, record));
    }
  }
  return patch;
}

/**
 * The deletions that leave only the imported ids: every current record of every table that
 * the import does not hold, the whole record as `old` (so undo gives it back as it was).
 * Links and references go first, the records they point to last.
 */
function deletionsNotIn(current: Dataset, imported: Dataset): Change[] {
  const patch: Change[] = [];
  for (const table of [...TABLE_NAMES].reverse()) {
    const kept = new Set(recordsOf(imported, table).map((record) => record.id));
    for (const record of recordsOf(current, table)) {
      if (!kept.has(record.id))
        patch.push({ table, id: record.id, field: null, old: record, new: null });
    }
  }
  return patch;
}

/**
 * The one patch that applies an import, for `transact(patch, IMPORT_LABELS[mode])`.
 * - add: imported records join the current data; known ids become field updates.
 * - replace: the current records the import lacks are deleted, the others updated, the
 *   new ones created; ids found on both sides only change the fields that differ, which
 *   keeps the patch (and the change log) small when a file is re-imported.
 * Pure: neither dataset is changed.
 */
export function importPatch(current: Dataset, imported: Dataset, mode: ImportMode): Change[] {
  const merge = mergeChanges(current, imported);
  return mode === 'add' ? merge : [...deletionsNotIn(current, imported), ...merge];
}

/** What a patch of `importPatch` does: records created, updated (one field or more), deleted. */
export function patchCounts(patch: readonly Change[]): ImportCounts {
  const updated = new Set<string>();
  let created = 0;
  let deleted = 0;
  for (const change of patch) {
    if (change.field !== null) updated.add(`${change.table}/${change.id}`);
    else if (change.old === null) created += 1;
    else if (change.new === null) deleted += 1;
  }
  return { created, updated: updated.size, deleted };
}

/**
 * What `importPatch` would do, counted without building it (the dialog shows it before the
 * user chooses, for imports of 100,000 rows): records created, updated (one field or more
 * differs) and deleted.
 */
export function importCounts(current: Dataset, imported: Dataset, mode: ImportMode): ImportCounts {
  return runAtOnce(importCountSteps(current, imported, mode, null));
}

/** How many records `importCountSteps` reads between two of its steps. */
const RECORDS_PER_STEP = 500;

/**
 * `importCounts` a little at a time (see lib/slices.ts), for the records the import would
 * write once given its source (`withImportSource` with `origin`; as they are when null).
 */
export function* importCountSteps(
  current: Dataset,
  imported: Dataset,
  mode: ImportMode,
  origin: ImportOrigin | null,
): Generator<void, ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, deleted: 0 };
  for (const table of TABLE_NAMES) {
    const known = new Map<string, AnyRecord>();
    let read = 0;
    for (const record of recordsOf(current, table)) {
      known.set(record.id, record);
      if (++read % RECORDS_PER_STEP === 0) yield;
    }
    const incoming = recordsOf(imported, table);
    for (const given of incoming) {
      const seen = known.get(given.id);
      const record = origin ? withSourceOf(table, given, seen, origin) : given;
      if (!seen) counts.created += 1;
      else if (updateRecord(table, seen, record).length > 0) counts.updated += 1;
      if (++read % RECORDS_PER_STEP === 0) yield;
    }
    if (mode === 'replace') {
      const kept = new Set(incoming.map((record) => record.id));
      for (const record of known.values()) if (!kept.has(record.id)) counts.deleted += 1;
    }
  }
  return counts;
}
