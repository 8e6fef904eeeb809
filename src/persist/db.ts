import Dexie, { type EntityTable } from 'dexie';
import type { Conflict } from '../edits/rebase';
import type { Transaction } from '../edits/transaction';

/**
 * A transaction of the change log as stored: `seq` orders them, `undone` marks the redo
 * stack. A large one (an import) keeps its changes in `parts` rows instead, `parts` of them.
 */
export interface StoredTransaction extends Transaction {
  seq: number;
  undone: 0 | 1;
  parts?: number;
}

/** Some of the changes of a large transaction, numbered from 0 in their order. */
export interface StoredPart {
  tx: string;
  part: number;
  changes: Transaction['changes'];
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
  parts: Dexie.Table<StoredPart, [string, number]>;
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
  // Version 3 keeps a large transaction's changes in parts (splitTransaction): one value of
  // a 200,000-row import passed the browser's limit of one value, and nothing was saved.
  db.version(3).stores({ transactions: '&tx, seq', meta: '&key', parts: '[tx+part]' });
  return db;
}

/**
 * Changes per part of a stored transaction, and characters (about twice as many bytes) a
 * part holds at most: far under Chromium's limit of one value (133 MB), and small enough
 * for the browser to clone each part on its own.
 */
const PART_CHANGES = 5000;
const PART_CHARACTERS = 8 * 1024 * 1024;

/** About how many characters a value takes once stored; records are shallow. */
function approximateSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return 8;
  let size = 2;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) size += approximateSize(value[index]) + 1;
    return size;
  }
  // for…in, not Object.entries: this runs over every field of a 100,000-row import.
  for (const key in value) size += approximateSize((value as Record<string, unknown>)[key]) + 12;
  return size;
}

/** About how many characters a change takes once stored. */
function changeSize(change: Transaction['changes'][number]): number {
  return 80 + change.id.length + approximateSize(change.old) + approximateSize(change.new);
}

/**
 * A transaction as stored: whole in one row when it is small (an edit: one value, written
 * at once), else its row without changes and the changes in parts, each well under the
 * browser's limit of one value. All are written in one database transaction, so a large
 * import is stored whole or not at all.
 */
export function splitTransaction(
  transaction: Transaction,
  seq: number,
  undone: 0 | 1,
): { row: StoredTransaction; parts: StoredPart[] } {
  const { changes } = transaction;
  const parts: StoredPart[] = [];
  let start = 0;
  let characters = 0;
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index];
    if (change) characters += changeSize(change);
    const full = index + 1 - start >= PART_CHANGES || characters >= PART_CHARACTERS;
    if (full || index === changes.length - 1) {
      parts.push({
        tx: transaction.tx,
        part: parts.length,
        changes: changes.slice(start, index + 1),
      });
      start = index + 1;
      characters = 0;
    }
  }
  if (parts.length <= 1) return { row: { ...transaction, seq, undone }, parts: [] };
  return { row: { ...transaction, changes: [], seq, undone, parts: parts.length }, parts };
}

/** The stored transactions with the changes of those kept in parts put back, in order. */
export function joinParts(
  rows: readonly StoredTransaction[],
  parts: readonly StoredPart[],
): StoredTransaction[] {
  const byTx = new Map<string, StoredPart[]>();
  for (const part of parts) {
    const list = byTx.get(part.tx);
    if (list) list.push(part);
    else byTx.set(part.tx, [part]);
  }
  return rows.map((row) => {
    if (!row.parts) return row;
    const list = (byTx.get(row.tx) ?? []).sort((a, b) => a.part - b.part);
    return { ...row, changes: list.flatMap((part) => part.changes) };
  });
}

/** The key range of every part of a transaction. */
export function partsOf(tx: string): IDBKeyRange {
  return IDBKeyRange.bound([tx, 0], [tx, Number.MAX_SAFE_INTEGER]);
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
 * Its error goes no further, where a handler could cancel it: uncancelled, it aborts the
 * transaction.
 */
function claimRevision(transaction: IDBTransaction, revision: number): IDBRequest {
  const row: MetaRow = { key: claimKey(revision), value: revision };
  const request = transaction.objectStore('meta').add(row);
  request.onerror = (event) => event.stopPropagation();
  return request;
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

/** What one write changes in the change log. */
export interface LogWrite {
  /** The revision the write was made on: it claims the step to the next. */
  revision: number;
  /**
   * Transactions to store, split as `splitTransaction` splits them; one stored before (its
   * undone flag changed) is given without its parts, which stay as they are.
   */
  put: readonly { row: StoredTransaction; parts: readonly StoredPart[] }[];
  remove: readonly string[];
  /** Settings that changed (the revision itself is bumped by the write). */
  meta: Partial<Omit<MetaRows, 'revision'>>;
}

/**
 * How long the requests of one write are issued for at a time: IndexedDB copies each value
 * as its request is made, and a large write (an import of 100,000 rows, 60 parts of 5,000
 * changes) would otherwise stop the page for seconds.
 */
const ISSUE_BUDGET_MS = 8;

/**
 * Writes to the change log in one transaction, on the revision it was made on (a tab that
 * wrote on it first makes it fail, and nothing of it is kept). The requests are issued in
 * the caller's task, and committed as soon as the last is issued: the page waits for
 * nothing but the disk. It is IndexedDB's own transaction, not Dexie's, whose scope starts
 * a task later, behind the page's rendering of the edit. A write whose requests take
 * longer than ISSUE_BUDGET_MS to issue goes on from the success event of the last one
 * issued (a transaction takes requests there), so the page draws between its parts; the
 * transaction stays one, kept whole or not at all. Resolves once committed.
 */
export function writeLog(db: AtlasDatabase, write: LogWrite): Promise<void> {
  if (!db.isOpen()) {
    const closed = new Error('The database is closed');
    closed.name = Dexie.errnames.DatabaseClosed;
    return Promise.reject(closed);
  }
  const transaction = db
    .backendDB()
    .transaction(['transactions', 'meta', 'parts'], 'readwrite', { durability: 'strict' });
  /** A request that could not even be made (a value that cannot be stored). */
  let refused: unknown = null;
  const committed = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () =>
      reject(
        refused ?? transaction.error ?? new DOMException('The write was aborted', 'AbortError'),
      );
  });
  const requests = logRequests(transaction, write);
  const issue = (from: number): void => {
    const end = performance.now() + ISSUE_BUDGET_MS;
    let next = from;
    let last: IDBRequest | null = null;
    try {
      while (next < requests.length) {
        last = requests[next]?.() ?? null;
        next += 1;
        if (performance.now() >= end) break;
      }
    } catch (error) {
      // Nothing of the write may be kept, though its other requests were made.
      refused = error;
      transaction.abort();
      return;
    }
    if (next < requests.length && last) last.onsuccess = () => issue(next);
    // Where commit() is missing (older browsers), the transaction commits by itself.
    else transaction.commit?.();
  };
  issue(0);
  return committed;
}

/**
 * The requests of a write, in order, each made when called: the revision's claim, the
 * settings, the removed transactions, then each stored one after its parts.
 */
function logRequests(transaction: IDBTransaction, write: LogWrite): (() => IDBRequest)[] {
  const meta = transaction.objectStore('meta');
  const log = transaction.objectStore('transactions');
  const parts = transaction.objectStore('parts');
  const rows: MetaRow[] = [{ key: 'revision', value: write.revision + 1 }];
  for (const [key, value] of Object.entries(write.meta)) {
    rows.push({ key: key as MetaKey, value });
  }
  const requests: (() => IDBRequest)[] = [() => claimRevision(transaction, write.revision)];
  for (const row of rows) requests.push(() => meta.put(row));
  for (const tx of write.remove) {
    requests.push(() => log.delete(tx));
    requests.push(() => parts.delete(partsOf(tx)));
  }
  // A transaction stored again (undone, redone) comes without its parts: those stored
  // stay, as its changes never change.
  for (const { row, parts: rowParts } of write.put) {
    for (const part of rowParts) requests.push(() => parts.put(part));
    requests.push(() => log.put(row));
  }
  return requests;
}
