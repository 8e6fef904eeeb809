import type { Dataset } from '../model/dataset';
import { applyPatch, type Change, conflictsOf, currentValue, valuesEqual } from './patch';
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

/**
 * Replays transactions onto a dataset (a newer base, a curated dataset, another tab's
 * data): each change applies if what it expected (`old`) is still there, or if the data
 * already holds its new value; otherwise it is a conflict for a person to settle. Nothing
 * is dropped silently: every change ends up applied, already present, or in `conflicts`.
 */
export function rebase(dataset: Dataset, transactions: readonly Transaction[]): Rebased {
  let current = dataset;
  const applied: Transaction[] = [];
  const conflicts: Conflict[] = [];
  for (const transaction of transactions) {
    const conflicting = new Set(conflictsOf(current, transaction.changes));
    const kept: Change[] = [];
    for (const change of transaction.changes) {
      if (!conflicting.has(change)) {
        kept.push(change);
        continue;
      }
      const now = currentValue(applyPatch(current, kept), change);
      if (valuesEqual(now ?? null, change.new ?? null)) continue;
      conflicts.push({
        tx: transaction.tx,
        author: transaction.author,
        time: transaction.time,
        change,
        current: now ?? null,
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
