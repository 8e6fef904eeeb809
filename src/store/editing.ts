import { applyPatch, type Change, conflictsOf, invertPatch, type Patch } from '../edits/patch';
import { type Conflict, rebase } from '../edits/rebase';
import { newTransaction, type Transaction } from '../edits/transaction';
import type { Dataset } from '../model/dataset';

/**
 * The edit history of this browser: the curated dataset is the base; `done` is the change
 * log on top of it (what the data shows is the base with `done` applied, in order);
 * `undone` is the redo stack of this tab, the most recent last.
 */
export interface EditHistory {
  done: readonly Transaction[];
  undone: readonly Transaction[];
}

export const EMPTY_HISTORY: EditHistory = { done: [], undone: [] };

/**
 * Where the change log stands on disk. `saving` until the database has written the last
 * change; `failed` when a write did not go through (storage full, the database closed):
 * the edits stay in this tab, and saving can be tried again; `blocked` while another tab
 * holds the database at an older version (edits are kept, and written once it lets go);
 * `unavailable` when the browser gives no storage at all (a private window): the Atlas
 * is then read-only, and the interface says so.
 */
export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'failed' | 'blocked' | 'unavailable';
  /** Why saving failed, for the user: a message key of the `history` namespace. */
  message: string;
}

/** Why an edit, an undo or a redo was not applied, for the user. */
export type Refusal = { reason: 'conflict'; conflicts: Change[] } | { reason: 'nothing' };

export type TransactResult = { ok: true; transaction: Transaction } | ({ ok: false } & Refusal);

export interface EditingState {
  /** The curated dataset as shipped; `dataset` is it with the change log applied. */
  base: Dataset;
  /** Identifies the shipped base, so local changes can be re-applied to a newer one. */
  baseVersion: string;
  history: EditHistory;
  /** The name the user gave once; every change carries it. */
  author: string;
  save: SaveState;
  /** Changes that could not be re-applied (newer base, another tab): for the user to settle. */
  conflicts: readonly Conflict[];
  /** The transactions already exported in a changeset. */
  exported: ReadonlySet<string>;
  /** Bumped when the user asks to try saving again (after the storage failed). */
  saveAttempts: number;
}

/** The change log as it is kept in storage. */
export interface StoredLog {
  history: EditHistory;
  conflicts: readonly Conflict[];
  exported: ReadonlySet<string>;
}

export interface EditingActions {
  /**
   * The one write path: applies a patch as one undoable transaction, unless a change finds
   * its record or field changed since the author saw it (then nothing is applied and the
   * conflicts are returned). `label` says what the action was, in the history.
   */
  transact(patch: Patch, label: string): TransactResult;
  /** Takes back the last transaction of the change log (this browser's, whichever tab). */
  undo(): TransactResult;
  redo(): TransactResult;
  /**
   * Replaces the change log with one read from storage or written by another tab: its
   * history, the conflicts it keeps and which of its transactions were exported.
   */
  historyLoaded(log: StoredLog): void;
  /** Changes of another tab's that could not be applied here, for the user to settle. */
  addConflicts(conflicts: readonly Conflict[]): void;
  setAuthor(author: string): void;
  setSave(save: SaveState): void;
  /** Asks the persister to write what is not saved yet, once more. */
  retrySave(): void;
  /** Settles a conflict: keep the user's value (a new transaction) or the current one. */
  settleConflict(conflict: Conflict, keep: 'mine' | 'current'): void;
  markExported(transactions: readonly Transaction[]): void;
}

/** True when the browser gives no storage: the Atlas is read-only (no edit, no import). */
export function isReadOnly({ save }: EditingState): boolean {
  return save.status === 'unavailable';
}

/** How many transactions of the change log have not been exported in a changeset yet. */
export function unexportedCount({ history, exported }: EditingState): number {
  return history.done.filter((transaction) => !exported.has(transaction.tx)).length;
}

export const INITIAL_EDITING: Omit<EditingState, 'base'> = {
  baseVersion: '',
  history: EMPTY_HISTORY,
  author: '',
  save: { status: 'idle', message: '' },
  conflicts: [],
  exported: new Set(),
  saveAttempts: 0,
};

type EditingStore = EditingState & EditingActions & { dataset: Dataset };

/**
 * The editing actions of the store. `setDataset` is the only way the dataset changes: it
 * records the new dataset (with `extra`, the new history) and derives what the views show
 * from it; given an edit's `changes`, it updates only the rows they touch.
 */
export function editingActions(
  set: (partial: Partial<EditingState>) => void,
  get: () => EditingStore,
  setDataset: (dataset: Dataset, extra: Partial<EditingState>, changes?: Patch) => void,
): EditingActions {
  const refuse = (patch: Patch): TransactResult | null => {
    if (patch.length === 0) return { ok: false, reason: 'nothing' };
    const conflicts = conflictsOf(get().dataset, patch);
    return conflicts.length > 0 ? { ok: false, reason: 'conflict', conflicts } : null;
  };
  return {
    transact(patch, label) {
      const refusal = refuse(patch);
      if (refusal) return refusal;
      const { history, author } = get();
      const transaction = newTransaction(patch, author, label);
      setDataset(
        applyPatch(get().dataset, patch),
        { history: { done: [...history.done, transaction], undone: [] } },
        patch,
      );
      return { ok: true, transaction };
    },
    undo() {
      const { history } = get();
      const transaction = history.done.at(-1);
      if (!transaction) return { ok: false, reason: 'nothing' };
      const inverse = invertPatch(transaction.changes);
      const refusal = refuse(inverse);
      if (refusal) return refusal;
      setDataset(
        applyPatch(get().dataset, inverse),
        { history: { done: history.done.slice(0, -1), undone: [...history.undone, transaction] } },
        inverse,
      );
      return { ok: true, transaction };
    },
    redo() {
      const { history } = get();
      const transaction = history.undone.at(-1);
      if (!transaction) return { ok: false, reason: 'nothing' };
      const refusal = refuse(transaction.changes);
      if (refusal) return refusal;
      setDataset(
        applyPatch(get().dataset, transaction.changes),
        { history: { done: [...history.done, transaction], undone: history.undone.slice(0, -1) } },
        transaction.changes,
      );
      return { ok: true, transaction };
    },
    historyLoaded({ history, conflicts, exported }) {
      const rebased = rebase(get().base, history.done);
      setDataset(rebased.dataset, {
        history: { done: rebased.applied, undone: history.undone },
        conflicts: [...conflicts, ...rebased.conflicts],
        exported,
      });
    },
    addConflicts(conflicts) {
      if (conflicts.length > 0) set({ conflicts: [...get().conflicts, ...conflicts] });
    },
    setAuthor: (author) => set({ author }),
    setSave: (save) => set({ save }),
    retrySave: () => set({ saveAttempts: get().saveAttempts + 1 }),
    settleConflict(conflict, keep) {
      const conflicts = get().conflicts.filter((candidate) => candidate !== conflict);
      if (keep === 'current') {
        set({ conflicts });
        return;
      }
      const result = get().transact(
        [{ ...conflict.change, old: conflict.current }],
        'settleConflict',
      );
      if (result.ok) set({ conflicts });
    },
    markExported(transactions) {
      const exported = new Set(get().exported);
      for (const transaction of transactions) exported.add(transaction.tx);
      set({ exported });
    },
  };
}
