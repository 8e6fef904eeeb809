import Dexie, { type EntityTable } from 'dexie';
import type { Conflict } from '../edits/rebase';
import type { Transaction } from '../edits/transaction';

/** A transaction of the change log as stored: `seq` orders them, `undone` marks the redo stack. */
export interface StoredTransaction extends Transaction {
  seq: number;
  undone: 0 | 1;
}

/** The settings and bookkeeping of the change log, one row each. */
export interface MetaRows {
  /** Bumped by every write, from any tab: a tab whose last read is older must re-read first. */
  revision: number;
  author: string;
  /** The version of the curated dataset the change log applies to. */
  baseVersion: string;
  /** Transactions already exported in a changeset. */
  exported: string[];
  /** Changes not yet settled by the user after a newer base or another tab's edit. */
  conflicts: Conflict[];
}

export type MetaKey = keyof MetaRows;

/** The row that claims the step from one revision to the next (see claimRevision). */
type ClaimKey = `claim:${number}`;

interface MetaRow {
  key: MetaKey | ClaimKey;
  value: unknown;
}

export type AtlasDatabase = Dexie & {
  transactions: EntityTable<StoredTransaction, 'tx'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DATABASE_NAME = 'integration-ecosystem-atlas';

/**
 * The browser database: the change log on top of the curated dataset, never the dataset
 * itself. Writes are strict: the interface says "saved" only once the change is on disk.
 * Each schema change is a new version with its upgrade, never an edit of an old one.
 */
export function openDatabase(name = DATABASE_NAME): AtlasDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AtlasDatabase;
  db.version(1).stores({ transactions: '&tx, seq', meta: '&key' });
  // Version 2 keeps the stores; writes claim their revision (claimRevision). Opening it
  // closes the tabs still on version 1, whose writes do not claim and could race past.
  db.version(2).stores({ transactions: '&tx, seq', meta: '&key' });
  return db;
}

/** The key of the row that claims the step from `revision` to the next. */
export function claimKey(revision: number): ClaimKey {
  return `claim:${revision}`;
}

/**
 * Claims the step from `revision` to the next, in a write transaction: the first write made
 * on that revision adds the claim; any other (from a tab that read the same revision) fails,
 * and the whole transaction with it. The compare-and-set happens in the database, so a
 * write can be committed at once, without waiting on the page for a read of the revision.
 * The request is IndexedDB's own: Dexie's handlers would cancel its error, and a cancelled
 * error lets the transaction commit.
 */
export function claimRevision(transaction: IDBTransaction, revision: number): void {
  const row: MetaRow = { key: claimKey(revision), value: revision };
  const request = transaction.objectStore('meta').add(row);
  request.onerror = (event) => event.stopPropagation();
}

export async function readMeta<K extends MetaKey>(
  db: AtlasDatabase,
  key: K,
  fallback: MetaRows[K],
): Promise<MetaRows[K]> {
  const row = await db.meta.get(key);
  return row === undefined ? fallback : (row.value as MetaRows[K]);
}

export function writeMeta<K extends MetaKey>(
  db: AtlasDatabase,
  key: K,
  value: MetaRows[K],
): Promise<unknown> {
  return db.meta.put({ key, value });
}
