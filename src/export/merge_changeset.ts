import {
  type ChangeProblem,
  changeProblem,
  changeProblems,
  findingOf,
  schemaProblems as recordSchemaProblems,
} from '../edits/change_check';
import { type Change, findRecord } from '../edits/patch';
import { type Conflict, rebase } from '../edits/rebase';
import type { Transaction } from '../edits/transaction';
import { normalisedCsvDriver } from '../formats/normalised_csv';
import { TABLE_FILES } from '../formats/table_files';
import { byTable, type Dataset, TABLE_NAMES, type TableName } from '../model/dataset';
import type { Issue } from '../model/report';
import { TABLE_REFERENCES, TABLE_SCHEMAS } from '../model/tables';
import type { Gazetteer } from '../places/types';

/**
 * Merging a changeset into a curated dataset, for the data stewards (`npm run
 * apply-changes`). Pure: the command line reads and writes the files around it.
 */

/** A record whose changes were all left out, because applying them would make bad data. */
export interface RejectedRecord {
  table: TableName;
  id: string;
  /** Why: each problem by its field, code and values (its English sentence in `message`). */
  problems: ChangeProblem[];
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

type Problems = Map<string, ChangeProblem[]>;

/** Adds a reason why the record `key` is rejected. */
function addReason(problems: Problems, key: string, reason: ChangeProblem): void {
  const reasons = problems.get(key);
  if (reasons) reasons.push(reason);
  else problems.set(key, [reason]);
}

/**
 * Changes that cannot be applied to any data (see change_check.ts: an unknown field, a
 * changed id, a value not of its field's type, a record that is not one), and changes to a
 * field of a record that neither the data nor an earlier change of the changeset holds.
 */
function changeProblemsOf(dataset: Dataset, transactions: readonly Transaction[]): Problems {
  const problems: Problems = new Map();
  const created = new Set<string>();
  const ids = new Map<TableName, Set<string>>();
  const exists = (table: TableName, id: string) => {
    let set = ids.get(table);
    if (!set) {
      set = new Set(dataset[table].map((record) => record.id));
      ids.set(table, set);
    }
    return set.has(id);
  };
  for (const { changes } of transactions) {
    for (const change of changes) {
      const key = keyOf(change.table, change.id);
      for (const reason of changeProblems(change)) addReason(problems, key, reason);
      if (change.field === null) {
        if (change.new !== null) created.add(key);
        else created.delete(key);
      } else if (!created.has(key) && !exists(change.table, change.id)) {
        addReason(problems, key, changeProblem(change.field, 'record_missing'));
      }
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
function schemaProblems(dataset: Dataset, touched: Map<string, Change>): Problems {
  const problems: Problems = new Map();
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
      problems.set(key, recordSchemaProblems(parsed.error, record));
    }
  }
  return problems;
}

/** Records whose reference fields point to `table`, by the field. */
function referrers(table: TableName): { from: TableName; field: string }[] {
  return TABLE_NAMES.flatMap((from) =>
    TABLE_REFERENCES[from]
      .filter((reference) => reference.table === table)
      .map((reference) => ({ from, field: reference.field })),
  );
}

/**
 * References the merge would leave pointing nowhere: a touched record's reference to a
 * record that is not there, and records left pointing to a record the merge deleted (put
 * down to the deletion). Checked on the records in memory, as the browser holds them.
 */
function referenceProblems(
  before: Dataset,
  after: Dataset,
  touched: Map<string, Change>,
): Problems {
  const problems: Problems = new Map();
  const ids = byTable((table) => new Set(after[table].map((record) => record.id)));
  for (const [key, change] of touched) {
    const record = findRecord(after, change.table, change.id) as
      | Record<string, unknown>
      | undefined;
    if (!record) continue;
    for (const reference of TABLE_REFERENCES[change.table]) {
      const value = record[reference.field];
      if (typeof value !== 'string' || value === '' || ids[reference.table].has(value)) continue;
      addReason(
        problems,
        key,
        changeProblem(reference.field, 'dangling_reference', { value, table: reference.table }),
      );
    }
  }
  for (const [key, change] of touched) {
    const wasThere = findRecord(before, change.table, change.id) !== undefined;
    if (!wasThere || ids[change.table].has(change.id)) continue;
    for (const { from, field } of referrers(change.table)) {
      for (const record of after[from] as unknown as Record<string, unknown>[]) {
        if (record[field] !== change.id) continue;
        addReason(
          problems,
          key,
          changeProblem(null, 'deletion_leaves', { table: from, id: String(record.id), field }),
        );
      }
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
): { problems: Problems; unexplained: Issue[] } {
  const encoder = new TextEncoder();
  const files = normalisedCsvDriver.write(dataset, { includeInternal: true }).map((file) => ({
    path: file.path,
    bytes: typeof file.content === 'string' ? encoder.encode(file.content) : file.content,
  }));
  const { report } = normalisedCsvDriver.read(files, { gazetteer });
  const byId = new Map([...touched.keys()].map((key) => [key.split('\u0000')[1] ?? '', key]));
  const problems: Problems = new Map();
  const unexplained: Issue[] = [];
  for (const rejected of report.rejected_rows) {
    const table = TABLE_OF_FILE.get(rejected.file ?? '');
    const errors = report.issues.filter(
      (issue) =>
        issue.file === rejected.file && issue.row === rejected.row && issue.severity === 'error',
    );
    const own = table ? keyOf(table, rejected.values.id ?? '') : '';
    if (touched.has(own)) {
      for (const issue of errors) {
        addReason(problems, own, changeProblem(issue.field, 'finding', {}, findingOf(issue)));
      }
      continue;
    }
    let explained = false;
    for (const issue of errors) {
      const cause = byId.get(rejected.values[issue.field ?? ''] ?? '');
      if (!cause) continue;
      explained = true;
      addReason(
        problems,
        cause,
        changeProblem(
          null,
          'leaves_other',
          {
            table: table ?? rejected.file ?? '',
            id: rejected.values.id ?? '',
            field: issue.field ?? '',
          },
          findingOf(issue),
        ),
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
 * applies where the data still holds what its author saw; otherwise it is a conflict), then
 * checks every record the merge touched: each change's values must fit its table (and a
 * changed field's record exist), the records must fit their zod schemas and leave no
 * reference pointing nowhere, and (given the gazetteer, as the command line does) the tables
 * must read back through the normalised CSV driver with no row rejected. A record that
 * fails is rejected whole (none of its changes is applied) and the merge is replayed
 * without it, until what remains is clean. Nothing is dropped silently: each change is
 * applied, already in the data, in `conflicts`, or in `rejected`. The browser applies a
 * changeset through the same function, with no gazetteer: it writes no files to read back.
 */
export function mergeChangeset(
  dataset: Dataset,
  transactions: readonly Transaction[],
  gazetteer: Gazetteer | null,
): MergeResult {
  const rejected = new Map<string, RejectedRecord>();
  const changesOf = (key: string) =>
    transactions.flatMap(({ changes }) =>
      changes.filter((change) => keyOf(change.table, change.id) === key),
    );
  const reject = (problems: ReadonlyMap<string, ChangeProblem[]>) => {
    for (const [key, reasons] of problems) {
      const changes = changesOf(key);
      const [first] = changes;
      if (!first) continue;
      rejected.set(key, { table: first.table, id: first.id, problems: reasons, changes });
    }
  };
  reject(changeProblemsOf(dataset, transactions));
  for (;;) {
    const merged = rebase(dataset, without(transactions, rejected));
    const touched = touchedRecords(merged.applied);
    let problems = schemaProblems(merged.dataset, touched);
    if (problems.size === 0) problems = referenceProblems(dataset, merged.dataset, touched);
    let unexplained: Issue[] = [];
    if (problems.size === 0 && gazetteer) {
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
            message: `${key.replace('\u0000', ' ')}: ${reason.message}`,
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
