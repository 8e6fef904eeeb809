import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '../model/dataset';
import { randomId } from '../model/ids';
import { exportedRecord, isInternalField } from '../model/internal';
import { schemaIssues } from '../model/schema_issues';
import { parseJsonText } from '../text/json_text';
import { type ChangeProblem, changeProblem, findingOf } from './change_check';
import { type Change, completeChange, type Patch } from './patch';

/**
 * One user action as the change log keeps it: who, when, what (a label for people), and
 * its changes. Undo and redo move whole transactions; a changeset is a list of them.
 */
export interface Transaction {
  /** A random UUID, unique across browsers, so changesets from two people can be merged. */
  tx: string;
  author: string;
  /** ISO 8601 time of the action. */
  time: string;
  /** What the action was, for the history list ("Edit service", "Import file.csv"). */
  label: string;
  changes: Patch;
}

export function newTransaction(changes: Patch, author: string, label: string): Transaction {
  return { tx: randomId(), author, time: new Date().toISOString(), label, changes };
}

/** One line of the history of a record: who changed which field when, old → new. */
export interface HistoryLine {
  tx: string;
  author: string;
  time: string;
  label: string;
  field: string | null;
  old: unknown;
  new: unknown;
}

export function recordHistory(
  transactions: readonly Transaction[],
  table: TableName,
  id: string,
): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const { tx, author, time, label, changes } of transactions) {
    for (const change of changes) {
      if (change.table === table && change.id === id) {
        lines.push({
          tx,
          author,
          time,
          label,
          field: change.field,
          old: change.old,
          new: change.new,
        });
      }
    }
  }
  return lines;
}

export const CHANGESET_FORMAT = 'atlas-changeset';
export const CHANGESET_VERSION = 1;

/** A change as a changeset file lists it: one line per field, with who and when. */
const changesetEntrySchema = z.object({
  tx: z.string().min(1),
  author: z.string(),
  time: z.string(),
  label: z.string(),
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
  id: z.string().min(1),
  field: z.string().min(1).nullable(),
  old: z.unknown(),
  new: z.unknown(),
});

const changesetSchema = z.object({
  format: z.literal(CHANGESET_FORMAT),
  version: z.literal(CHANGESET_VERSION),
  exported_at: z.string(),
  /** The version of the curated dataset the changes were made on. */
  base: z.string(),
  changes: z.array(changesetEntrySchema),
});

export type ChangesetEntry = z.infer<typeof changesetEntrySchema>;
export type Changeset = z.infer<typeof changesetSchema>;

/** The changeset of `transactions`: every change on its own line, with author and time. */
/** A change's old or new value as exported: a whole record without its internal fields. */
function exportedValue(change: Change, value: unknown, includeInternal: boolean): unknown {
  if (change.field !== null) return value ?? null;
  return exportedRecord(change.table, value ?? null, includeInternal);
}

export function toChangeset(
  transactions: readonly Transaction[],
  base: string,
  exportedAt = new Date().toISOString(),
  options: { includeInternal?: boolean } = {},
): Changeset {
  const include = options.includeInternal ?? false;
  return {
    format: CHANGESET_FORMAT,
    version: CHANGESET_VERSION,
    exported_at: exportedAt,
    base,
    changes: transactions.flatMap(({ tx, author, time, label, changes }) =>
      changes
        // Internal fields (contact persons, notes) stay home unless the user asks.
        .filter((change) => include || !isInternalField(change.table, change.field))
        .map((change) => ({
          tx,
          author,
          time,
          label,
          table: change.table,
          id: change.id,
          field: change.field,
          old: exportedValue(change, change.old, include),
          new: exportedValue(change, change.new, include),
        })),
    ),
  };
}

/** A problem of a changeset's form: the change it is in (1-based), or null for the file. */
export interface ChangesetError {
  change: number | null;
  problem: ChangeProblem;
  /** The problem in English, with where it is: what `apply-changes` prints. */
  message: string;
}

export type ParsedChangeset =
  | { ok: true; changeset: Changeset; transactions: Transaction[] }
  | { ok: false; errors: ChangesetError[] };

/** The problems of a changeset's form, each named by its change and field. */
function formErrors(error: z.ZodError, input: unknown): ChangesetError[] {
  return schemaIssues(error, input).map((issue) => {
    const [list, position, field] = issue.path;
    if (list === 'changes' && typeof position === 'number') {
      const named = typeof field === 'string' ? field : null;
      return {
        change: position + 1,
        problem: changeProblem(named, issue.code, issue.values),
        message: `change ${position + 1}${named === null ? '' : `, field "${named}"`}: ${issue.message}`,
      };
    }
    const named = issue.path.join('.');
    return {
      change: null,
      problem: changeProblem(named || null, issue.code, issue.values),
      message: `${named || 'file'}: ${issue.message}`,
    };
  });
}

/**
 * Reads a changeset file. Every problem of its form names the change (1-based, as a person
 * counts them) and the field; nothing is applied from a file with such errors. The values
 * of its changes are checked against the tables' schemas where the changes are merged
 * (mergeChangeset), change by change.
 */
export function parseChangeset(text: string): ParsedChangeset {
  const json = parseJsonText(text);
  if (!json.ok) {
    const problem = changeProblem(null, 'finding', {}, findingOf(json.finding));
    return { ok: false, errors: [{ change: null, problem, message: json.finding.message }] };
  }
  const parsed = changesetSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, errors: formErrors(parsed.error, json.value) };
  return { ok: true, changeset: parsed.data, transactions: transactionsOf(parsed.data) };
}

/** The transactions of a changeset, in file order, each change back in its transaction. */
export function transactionsOf(changeset: Changeset): Transaction[] {
  const byTx = new Map<string, Transaction>();
  for (const entry of changeset.changes) {
    let transaction = byTx.get(entry.tx);
    if (!transaction) {
      transaction = {
        tx: entry.tx,
        author: entry.author,
        time: entry.time,
        label: entry.label,
        changes: [],
      };
      byTx.set(entry.tx, transaction);
    }
    // A whole record is completed as the model reads it: an export leaves its internal
    // fields out, which the same record in the data holds empty.
    const change = completeChange({
      table: entry.table,
      id: entry.id,
      field: entry.field,
      old: entry.old ?? null,
      new: entry.new ?? null,
    });
    (transaction.changes as Change[]).push(change);
  }
  return [...byTx.values()];
}
