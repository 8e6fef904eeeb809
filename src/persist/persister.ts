import { completeChange, currentValue } from '../edits/patch';
import type { Transaction } from '../edits/transaction';
import type { AtlasState, AtlasStore } from '../store/atlas_store';
import type { EditHistory } from '../store/editing';
import {
  type AtlasDatabase,
  claimKey,
  type LogWrite,
  readMeta,
  type StoredTransaction,
  writeLog,
  writeMeta,
} from './db';

/** The message key (namespace `edit`) that tells the user why storage failed. */
export function storageProblem(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'storageFull';
  if (name === 'DatabaseClosedError' || name === 'VersionChangeError') return 'storageBlocked';
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'OpenFailedError') {
    return 'storageUnavailable';
  }
  return 'storageFailed';
}

interface Written {
  /** Each stored transaction's undone flag. */
  flags: Map<string, 0 | 1>;
  seq: number;
  revision: number;
  author: string;
  exported: ReadonlySet<string>;
  conflicts: AtlasState['conflicts'];
}

const CHANNEL_NAME = 'integration-ecosystem-atlas-changes';

/**
 * Keeps the store's change log in IndexedDB: a subscriber of the store that writes each new
 * transaction, undo and redo (squashed when they come faster than the disk), marks the
 * store "saved" only once the write committed, and never writes before it has read what
 * is stored. Tabs tell each other of writes on a BroadcastChannel; a tab that finds the
 * database changed under it re-reads it and re-applies its own edits on top, and an edit
 * that meets another tab's change of the same field becomes a conflict for the user.
 */
export class Persister {
  private written: Written = {
    flags: new Map(),
    seq: 0,
    revision: 0,
    author: '',
    exported: new Set(),
    conflicts: [],
  };
  private queue: Promise<void> = Promise.resolve();
  /** Database tasks started or waiting (see enqueue). */
  private waiting = 0;
  private channel: BroadcastChannel | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Set while the persister itself loads history into the store, so it is not written back. */
  private loading = false;

  /** `channelName` names the tabs' BroadcastChannel; tests give each "browser" its own. */
  constructor(
    private readonly store: AtlasStore,
    private readonly db: AtlasDatabase,
    private readonly channelName = CHANNEL_NAME,
  ) {}

  /** Opens the database, loads the change log into the store, then follows the store. */
  async start(): Promise<void> {
    try {
      await this.db.open();
      await this.load(true);
    } catch (error) {
      this.store.getState().setSave({ status: 'unavailable', message: storageProblem(error) });
      return;
    }
    // Ask the browser not to evict the change log under storage pressure.
    if (typeof navigator !== 'undefined') void navigator.storage?.persist?.().catch(() => false);
    this.unsubscribe = this.store.subscribe((state, previous) => {
      if (this.loading || !changedForDisk(state, previous)) return;
      state.setSave({ status: 'saving', message: '' });
      this.enqueue(() => this.flush());
    });
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(this.channelName);
      this.channel.onmessage = () => this.enqueue(() => this.load(false));
    }
    this.store.getState().setSave({ status: 'saved', message: '' });
    // What was replayed at load is written now.
    this.enqueue(() => this.flush());
  }

  stop(): void {
    this.unsubscribe?.();
    this.channel?.close();
    this.db.close();
  }

  /** Resolves when every write asked for so far has committed (or failed). */
  settled(): Promise<void> {
    return this.queue;
  }

  /**
   * Runs the database tasks one after the other. When none is waiting, the task starts at
   * once, inside the store's update: its requests leave before React renders the change,
   * so the disk and the rendering overlap.
   */
  private enqueue(task: () => Promise<void>): void {
    this.waiting += 1;
    const run = this.waiting === 1 ? task() : this.queue.then(task);
    this.queue = run
      .catch((error: unknown) => {
        this.store.getState().setSave({ status: 'failed', message: storageProblem(error) });
      })
      .finally(() => {
        this.waiting -= 1;
      });
  }

  /**
   * Reads the stored change log into the store. On the first load, a log made on another
   * version of the curated dataset is re-applied to this one; what no longer applies
   * becomes a conflict, stored, and the log is rewritten for the new base.
   */
  private async load(initial: boolean): Promise<void> {
    const { db } = this;
    const [rows, revision, author, baseVersion, exported, conflicts] = await db.transaction(
      'r',
      db.transactions,
      db.meta,
      () =>
        Promise.all([
          db.transactions.orderBy('seq').toArray(),
          readMeta(db, 'revision', 0),
          readMeta(db, 'author', ''),
          readMeta(db, 'baseVersion', ''),
          readMeta(db, 'exported', []),
          readMeta(db, 'conflicts', []),
        ]),
    );
    if (!initial && revision === this.written.revision) return;
    const state = this.store.getState();
    // Edits made before this read (while the stored log loaded, or before another tab
    // wrote) are replayed on top of what is stored, never dropped.
    const unsaved = state.history.done.filter(
      (transaction) => !this.written.flags.has(transaction.tx),
    );
    const history: EditHistory = {
      done: rows.filter((row) => row.undone === 0).map(transactionOf),
      undone: rows.filter((row) => row.undone === 1).map(transactionOf),
    };
    this.written = {
      flags: new Map(rows.map((row) => [row.tx, row.undone])),
      seq: rows.reduce((max, row) => Math.max(max, row.seq), 0),
      revision,
      author,
      exported: new Set(exported),
      conflicts,
    };
    this.loading = true;
    try {
      if (author && author !== state.author) state.setAuthor(author);
      state.historyLoaded({ history, conflicts, exported: this.written.exported });
    } finally {
      this.loading = false;
    }
    this.replay(unsaved);
    if (initial && baseVersion !== state.baseVersion) await this.rewrite();
  }

  /**
   * Replays this tab's transactions not yet written on top of what another tab wrote,
   * through the write path: each applies, or its changes become conflicts the user sees,
   * with the other tab's value. Nothing typed in this tab is dropped silently.
   */
  private replay(unsaved: readonly Transaction[]): void {
    for (const transaction of unsaved) {
      const state = this.store.getState();
      const result = state.transact(transaction.changes, transaction.label);
      if (result.ok || result.reason !== 'conflict') continue;
      const conflicts = result.conflicts.map((change) => ({
        tx: transaction.tx,
        author: transaction.author,
        time: transaction.time,
        change,
        current: currentValue(state.dataset, change) ?? null,
      }));
      state.addConflicts(conflicts);
    }
  }

  /** Writes what changed in the store since the last write, in one database transaction. */
  private async flush(): Promise<void> {
    let wrote: boolean;
    try {
      wrote = await this.write();
    } catch (error) {
      // A write made on a revision another tab had already written on is refused (its
      // claim fails): re-read, then write again. Any other failure is the storage's, and
      // is reported as it is, even if the re-read fails too.
      const stored = await readMeta(this.db, 'revision', 0).catch(() => this.written.revision);
      if (stored === this.written.revision) throw error;
      await this.load(false);
      wrote = await this.write();
    }
    const { save } = this.store.getState();
    if (save.status === 'saving') this.store.getState().setSave({ status: 'saved', message: '' });
    // The other tabs are told once this one says "saved": posting can take milliseconds.
    if (wrote) this.channel?.postMessage('changed');
  }

  /** Whether there was anything to write. */
  private async write(): Promise<boolean> {
    const { db, written } = this;
    const state = this.store.getState();
    const rows: StoredTransaction[] = [];
    let seq = written.seq;
    const keep = new Set<string>();
    const flagged = (list: readonly Transaction[], undone: 0 | 1) => {
      for (const transaction of list) {
        keep.add(transaction.tx);
        const flag = written.flags.get(transaction.tx);
        if (flag === undone) continue;
        seq += 1;
        rows.push({ ...transaction, seq, undone });
      }
    };
    flagged(state.history.done, 0);
    flagged(state.history.undone, 1);
    const removed = [...written.flags.keys()].filter((tx) => !keep.has(tx));
    const metaChanged =
      state.author !== written.author ||
      state.exported !== written.exported ||
      state.conflicts !== written.conflicts;
    if (rows.length === 0 && removed.length === 0 && !metaChanged) return false;
    const meta: LogWrite['meta'] = {};
    if (state.author !== written.author) meta.author = state.author;
    if (state.exported !== written.exported) meta.exported = [...state.exported];
    if (state.conflicts !== written.conflicts) meta.conflicts = [...state.conflicts];
    await writeLog(db, { revision: written.revision, put: rows, remove: removed, meta });
    for (const row of rows) written.flags.set(row.tx, row.undone);
    for (const tx of removed) written.flags.delete(tx);
    this.written = {
      ...written,
      seq,
      revision: written.revision + 1,
      author: state.author,
      exported: state.exported,
      conflicts: state.conflicts,
    };
    return true;
  }

  /** Replaces the whole stored log with the store's, for a new base dataset. */
  private async rewrite(): Promise<void> {
    const { db } = this;
    const state = this.store.getState();
    let seq = 0;
    const rows: StoredTransaction[] = [
      ...state.history.done.map((transaction) => ({
        ...transaction,
        seq: ++seq,
        undone: 0 as const,
      })),
      ...state.history.undone.map((transaction) => ({
        ...transaction,
        seq: ++seq,
        undone: 1 as const,
      })),
    ];
    const revision = await db.transaction('rw', db.transactions, db.meta, async () => {
      const stored = await readMeta(db, 'revision', 0);
      const next = stored + 1;
      await db.meta.add({ key: claimKey(stored), value: stored });
      await db.transactions.clear();
      await db.transactions.bulkPut(rows);
      await writeMeta(db, 'baseVersion', state.baseVersion);
      await writeMeta(db, 'conflicts', [...state.conflicts]);
      await writeMeta(db, 'revision', next);
      return next;
    });
    this.written = {
      ...this.written,
      flags: new Map(rows.map((row) => [row.tx, row.undone])),
      seq,
      revision,
      conflicts: state.conflicts,
    };
  }
}

/** A stored transaction, its records completed with the fields the model gained since. */
function transactionOf({ tx, author, time, label, changes }: StoredTransaction): Transaction {
  return { tx, author, time, label, changes: changes.map(completeChange) };
}

function changedForDisk(state: AtlasState, previous: AtlasState): boolean {
  return (
    state.history !== previous.history ||
    state.author !== previous.author ||
    state.exported !== previous.exported ||
    state.conflicts !== previous.conflicts
  );
}
