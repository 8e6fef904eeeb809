import type { Dataset } from '../model/dataset';
import {
  applyPatch,
  type Change,
  conflictsOf,
  currentValue,
  findRecord,
  valuesEqual,
} from './patch';
import type { Transaction } from './transaction';

/** A change that could not be applied because its record or field moved on meanwhile. */
export interface Conflict {
  tx: string;
  author: string;
  time: string;
  change: Change;
  /** What the data holds now (the newer base, another tab's edit), where the change expected `change.old`. */
  current: unknown;
}

export interface Rebased {
  dataset: Dataset;
  /** The transactions as applied: conflicting changes left out, empty transactions dropped. */
  applied: Transaction[];
  conflicts: Conflict[];
}

/** What the transactions leave a record they touch: a whole record, gone, or some fields. */
interface Outcome {
  /** The record as the last whole-record change left it (null: deleted), if one did. */
  whole?: Record<string, unknown> | null;
  fields: Map<string, unknown>;
}

const keyOf = (change: Change) => `${change.table}\u0000${change.id}`;

/** What the transactions leave each record they touch, once all are applied in order. */
function outcomes(transactions: readonly Transaction[]): Map<string, Outcome> {
  const result = new Map<string, Outcome>();
  for (const { changes } of transactions) {
    for (const change of changes) {
      const key = keyOf(change);
      const outcome: Outcome = result.get(key) ?? { fields: new Map() };
      result.set(key, outcome);
      if (change.field === null) {
        outcome.whole = (change.new as Record<string, unknown> | null) ?? null;
        outcome.fields.clear();
      } else if (outcome.whole) {
        outcome.whole = { ...outcome.whole, [change.field]: change.new };
      } else if (outcome.whole === undefined) {
        outcome.fields.set(change.field, change.new);
      }
    }
  }
  return result;
}

/**
 * Whether the data already holds what the transactions leave the change's record or field:
 * the change is then already applied (the same changeset applied twice), whatever it
 * expected to find on the way.
 */
function alreadyThere(dataset: Dataset, change: Change, outcome: Outcome | undefined): boolean {
  if (!outcome) return false;
  const record = findRecord(dataset, change.table, change.id);
  if (outcome.whole === null) return record === undefined;
  if (change.field === null)
    return outcome.whole !== undefined && valuesEqual(record, outcome.whole);
  if (!record) return false;
  const value = (record as Record<string, unknown>)[change.field];
  if (outcome.whole) return valuesEqual(value, outcome.whole[change.field]);
  return outcome.fields.has(change.field) && valuesEqual(value, outcome.fields.get(change.field));
}

/**
 * Replays transactions onto a dataset (a newer base, a curated dataset, another tab's
 * data): each change applies if what it expected (`old`) is still there, or is already
 * applied if the data holds its new value, or what the transactions leave its field or
 * record in the end (so that applying the same transactions twice changes nothing more);
 * otherwise it is a conflict for a person to settle. Nothing is dropped silently: every
 * change ends up applied, already present, or in `conflicts`.
 */
export function rebase(dataset: Dataset, transactions: readonly Transaction[]): Rebased {
  let current = dataset;
  const applied: Transaction[] = [];
  const conflicts: Conflict[] = [];
  let ends: Map<string, Outcome> | null = null;
  for (const transaction of transactions) {
    const conflicting = new Set(conflictsOf(current, transaction.changes));
    const kept: Change[] = [];
    for (const change of transaction.changes) {
      if (!conflicting.has(change)) {
        kept.push(change);
        continue;
      }
      const now = applyPatch(current, kept);
      const value = currentValue(now, change);
      if (valuesEqual(value ?? null, change.new ?? null)) continue;
      // Worked out once, on the rare path of a conflict.
      ends ??= outcomes(transactions);
      if (alreadyThere(now, change, ends.get(keyOf(change)))) continue;
      conflicts.push({
        tx: transaction.tx,
        author: transaction.author,
        time: transaction.time,
        change,
        current: value ?? null,
      });
    }
    if (kept.length > 0) {
      current = applyPatch(current, kept);
      applied.push(
        kept.length === transaction.changes.length
          ? transaction
          : { ...transaction, changes: kept },
      );
    }
  }
  return { dataset: current, applied, conflicts };
}
