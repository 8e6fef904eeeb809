import type { Change } from '../edits/patch';
import { type Conflict, rebase } from '../edits/rebase';
import type { Transaction } from '../edits/transaction';
import { normalisedCsvDriver } from '../formats/normalised_csv';
import { TABLE_COLUMNS, TABLE_FILES } from '../formats/table_files';
import { type Dataset, TABLE_NAMES, type TableName } from '../model/dataset';
import type { Issue } from '../model/report';
import { TABLE_SCHEMAS } from '../model/tables';
import type { Gazetteer } from '../places/types';

/**
 * Merging a changeset into a curated dataset, for the data stewards (`npm run
 * apply-changes`). Pure: the command line reads and writes the files around it.
 */

/** A record whose changes were all left out, because applying them would make bad data. */
export interface RejectedRecord {
  table: TableName;
  id: string;
  /** Why, one line each (field: problem). */
  reasons: string[];
  /** Every change of the changeset to this record: none was applied. */
  changes: Change[];
}

export interface MergeResult {
  /** The dataset with the applied changes: what is to be written. */
  dataset: Dataset;
  /** The transactions as applied (conflicting and rejected changes left out). */
  applied: Transaction[];
  /** Changes whose field or record moved on in the dataset since the author saw it. */
  conflicts: Conflict[];
  rejected: RejectedRecord[];
  /**
   * Findings of reading the merged tables back that no changed record explains. Never
   * expected (the dataset read clean before); when any, nothing must be written.
   */
  unexplained: Issue[];
}

function keyOf(table: TableName, id: string): string {
  return `${table}\u0000${id}`;
}

const TABLE_OF_FILE = new Map(TABLE_NAMES.map((table) => [TABLE_FILES[table], table]));

/** Changes that cannot be applied to any data: an unknown field, or a changed id. */
function malformedChanges(transactions: readonly Transaction[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const { changes } of transactions) {
    for (const change of changes) {
      if (change.field === null) continue;
      const reason =
        change.field === 'id'
          ? 'id: a record keeps its id; delete it and create another instead'
          : TABLE_COLUMNS[change.table].includes(change.field)
            ? null
            : `${change.field}: ${change.table} has no such field`;
      if (!reason) continue;
      const key = keyOf(change.table, change.id);
      problems.set(key, [...(problems.get(key) ?? []), reason]);
    }
  }
  return problems;
}

/** The records the applied changes touch, by key. */
function touchedRecords(applied: readonly Transaction[]): Map<string, Change> {
  const touched = new Map<string, Change>();
  for (const { changes } of applied) {
    for (const change of changes) touched.set(keyOf(change.table, change.id), change);
  }
  return touched;
}

/** Touched records that exist after the merge and do not fit their table's schema. */
function schemaProblems(dataset: Dataset, touched: Map<string, Change>): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const indexes = new Map<TableName, Map<string, unknown>>();
  for (const [key, change] of touched) {
    let index = indexes.get(change.table);
    if (!index) {
      index = new Map(dataset[change.table].map((record) => [record.id, record]));
      indexes.set(change.table, index);
    }
    const record = index.get(change.id);
    if (record === undefined) continue;
    const parsed = TABLE_SCHEMAS[change.table].safeParse(record);
    if (!parsed.success) {
      problems.set(
        key,
        parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`),
      );
    }
  }
  return problems;
}

/**
 * The merged tables written and read back as the app and `validate` read them: a row the
 * reader rejects (a reference to a deleted record, a value the field rules refuse) is put
 * down to the changed record it is, or to the changed record its faulty field points to.
 */
function readBackProblems(
  dataset: Dataset,
  touched: Map<string, Change>,
  gazetteer: Gazetteer,
): { problems: Map<string, string[]>; unexplained: Issue[] } {
  const encoder = new TextEncoder();
  const files = normalisedCsvDriver.write(dataset, { includeInternal: true }).map((file) => ({
    path: file.path,
    bytes: typeof file.content === 'string' ? encoder.encode(file.content) : file.content,
  }));
  const { report } = normalisedCsvDriver.read(files, { gazetteer });
  const byId = new Map([...touched.keys()].map((key) => [key.split('\u0000')[1] ?? '', key]));
  const problems = new Map<string, string[]>();
  const unexplained: Issue[] = [];
  const add = (key: string, reason: string) =>
    problems.set(key, [...(problems.get(key) ?? []), reason]);
  for (const rejected of report.rejected_rows) {
    const table = TABLE_OF_FILE.get(rejected.file ?? '');
    const errors = report.issues.filter(
      (issue) =>
        issue.file === rejected.file && issue.row === rejected.row && issue.severity === 'error',
    );
    const own = table ? keyOf(table, rejected.values.id ?? '') : '';
    if (touched.has(own)) {
      for (const issue of errors) add(own, `${issue.field ?? 'record'}: ${issue.message}`);
      continue;
    }
    let explained = false;
    for (const issue of errors) {
      const cause = byId.get(rejected.values[issue.field ?? ''] ?? '');
      if (!cause) continue;
      explained = true;
      add(
        cause,
        `${table ?? rejected.file} ${rejected.values.id} would be left with ${issue.field}: ${issue.message}`,
      );
    }
    if (!explained) unexplained.push(...errors);
  }
  return { problems, unexplained };
}

/** The transactions without any change to the rejected records. */
function without(
  transactions: readonly Transaction[],
  rejected: ReadonlyMap<string, RejectedRecord>,
): Transaction[] {
  return transactions.map((transaction) => ({
    ...transaction,
    changes: transaction.changes.filter((change) => !rejected.has(keyOf(change.table, change.id))),
  }));
}

/**
 * Merges a changeset's transactions into a dataset, as `rebase` replays them (a change
 * applies where the data still holds what its author saw; otherwise it is a conflict),
 * then checks every record the merge touched: it must fit its zod schema, and the tables
 * must read back through the normalised CSV driver with no row rejected. A record that
 * fails is rejected whole (none of its changes is applied) and the merge is replayed
 * without it, until what remains is clean. Nothing is dropped silently: each change is
 * applied, already in the data, in `conflicts`, or in `rejected`.
 */
export function mergeChangeset(
  dataset: Dataset,
  transactions: readonly Transaction[],
  gazetteer: Gazetteer,
): MergeResult {
  const rejected = new Map<string, RejectedRecord>();
  const changesOf = (key: string) =>
    transactions.flatMap(({ changes }) =>
      changes.filter((change) => keyOf(change.table, change.id) === key),
    );
  const reject = (problems: ReadonlyMap<string, string[]>) => {
    for (const [key, reasons] of problems) {
      const changes = changesOf(key);
      const [first] = changes;
      if (!first) continue;
      rejected.set(key, { table: first.table, id: first.id, reasons, changes });
    }
  };
  reject(malformedChanges(transactions));
  for (;;) {
    const merged = rebase(dataset, without(transactions, rejected));
    const touched = touchedRecords(merged.applied);
    let problems = schemaProblems(merged.dataset, touched);
    let unexplained: Issue[] = [];
    if (problems.size === 0) {
      ({ problems, unexplained } = readBackProblems(merged.dataset, touched, gazetteer));
    }
    const before = rejected.size;
    reject(problems);
    // Each round rejects at least one more record, so the loop ends.
    if (rejected.size === before) {
      const leftover = [...problems].flatMap(([key, reasons]) =>
        reasons.map(
          (reason): Issue => ({
            row: null,
            field: null,
            severity: 'error',
            code: 'invalid_value',
            message: `${key.replace('\u0000', ' ')}: ${reason}`,
          }),
        ),
      );
      return {
        ...merged,
        rejected: [...rejected.values()],
        unexplained: [...unexplained, ...leftover],
      };
    }
  }
}
