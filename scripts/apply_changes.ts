/**
 * Merges a changeset exported from the Atlas (the local changes of a browser) into the
 * curated dataset, for the data stewards.
 *
 *   npm run apply-changes -- <changeset.json> [--data data] [--dry-run] [--format json]
 *                            [--lang fr|nl|de|en]
 *
 * The tables of `--data` (the normalised CSV files, read with the gazetteer as `validate`
 * reads them) get every change whose record and field still hold what its author saw; a
 * change to a field that moved on since is a conflict, and a record the changes would make
 * invalid is rejected whole. Only the tables that change are written, in the files' own
 * format (separator, BOM), so applying nothing leaves data/ byte for byte as it was.
 * `--dry-run` reports without writing. The report is in English; `--lang` says why a record
 * or a changeset is refused (and a finding in the data) in that language, with the browser's
 * sentences, each field named by its column; in JSON, a refused record then gives those sentences as `texts`
 * beside its English `reasons`.
 *
 * Exit 0 when every change applied (or was already in the data), 1 when some conflicted
 * or were rejected (what applied is still written), 2 when the changeset or the data
 * cannot be read (nothing is written).
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { i18n as I18n } from 'i18next';
import type { ChangeProblem } from '../src/edits/change_check';
import type { Change } from '../src/edits/patch';
import type { Conflict } from '../src/edits/rebase';
import { type Changeset, parseChangeset, type Transaction } from '../src/edits/transaction';
import {
  type MergeResult,
  mergeChangeset,
  type RejectedRecord,
} from '../src/export/merge_changeset';
import { sizeRefusal } from '../src/formats/input_size';
import { normalisedCsvDriver } from '../src/formats/normalised_csv';
import { TABLE_FILES } from '../src/formats/table_files';
import type { InputFile } from '../src/formats/types';
import { changeProblemSentence, changesetErrorSentence } from '../src/i18n/change_problem_text';
import { findingLine } from './lib/finding_line';
import { readInputFiles } from './lib/input_files';
import { languageOption } from './lib/language_option';
import { loadGazetteer } from './lib/load_reference';
import { CommandError, runCommand } from './lib/run_command';

const USAGE =
  'usage: npm run apply-changes -- <changeset.json> [--data data] [--dry-run] [--format json] [--lang fr|nl|de|en]';
const BOM = '\uFEFF';

function readChangeset(
  path: string,
  i18n: I18n | null,
): { changeset: Changeset; transactions: Transaction[] } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CommandError([`cannot read ${path}: no such file`]);
  }
  const tooLarge = sizeRefusal([{ path, size }], path);
  if (tooLarge) throw new CommandError([`cannot read ${path}: ${tooLarge.message}`]);
  const text = readFileSync(path, 'utf8');
  const parsed = parseChangeset(text.startsWith(BOM) ? text.slice(BOM.length) : text);
  if (!parsed.ok) {
    throw new CommandError(
      parsed.errors.map(
        (error) => `${path}: ${i18n ? changesetErrorSentence(error, i18n) : error.message}`,
      ),
    );
  }
  return parsed;
}

/** The table files of the data folder (other files there are not the curated tables). */
function readTables(dataDir: string): InputFile[] {
  const names = new Set(Object.values(TABLE_FILES));
  let files: InputFile[];
  try {
    files = readInputFiles(dataDir).filter((file) => names.has(file.path));
  } catch (error) {
    throw new CommandError([`cannot read ${(error as Error).message}`]);
  }
  if (files.length === 0) {
    throw new CommandError([
      `${dataDir}: no table of the curated dataset (${[...names].join(', ')})`,
    ]);
  }
  return files;
}

/** Each change's number in the changeset file (1-based, as parseChangeset names them). */
function changeNumbers(changeset: Changeset, transactions: readonly Transaction[]) {
  const positions = new Map<string, number[]>();
  changeset.changes.forEach((entry, index) => {
    // Pushed, not copied: one transaction may hold 100,000 changes.
    const list = positions.get(entry.tx);
    if (list) list.push(index + 1);
    else positions.set(entry.tx, [index + 1]);
  });
  const numbers = new Map<Change, number>();
  for (const { tx, changes } of transactions) {
    changes.forEach((change, index) => {
      numbers.set(change, positions.get(tx)?.[index] ?? 0);
    });
  }
  return numbers;
}

interface Outcome {
  merge: MergeResult;
  /** The table files whose content changes, with their new content. */
  changed: { path: string; content: string }[];
}

/**
 * The tables the applied changes touch, as files in the format of the files read: the
 * separator the data folder uses, and a BOM only where the file had one. A table no
 * applied change touches is never rewritten, nor one whose content comes out the same.
 */
function changedFiles(merge: MergeResult, tables: readonly InputFile[], delimiter: string | null) {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const existing = new Map(tables.map((file) => [file.path, decoder.decode(file.bytes)]));
  // Internal fields (contact persons, notes) are written only to a data folder that keeps
  // them already: the public dataset does not gain them from a changeset.
  const keepsInternal = [...existing.values()].some((text) =>
    /^[^\r\n]*\bcontact_person\b/.test(text),
  );
  const written = normalisedCsvDriver.write(merge.dataset, {
    delimiter: delimiter === ';' ? ';' : ',',
    includeInternal: keepsInternal,
  });
  const touched = new Set(
    merge.applied.flatMap(({ changes }) => changes.map((change) => TABLE_FILES[change.table])),
  );
  const changed: Outcome['changed'] = [];
  for (const file of written) {
    if (!touched.has(file.path)) continue;
    const before = existing.get(file.path);
    const content = String(file.content);
    const kept = before !== undefined && !before.startsWith(BOM) ? content.slice(1) : content;
    if (kept !== before) changed.push({ path: file.path, content: kept });
  }
  return changed;
}

function shortValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value ?? null);
}

function what(change: Change): string {
  if (change.field !== null) {
    return `${change.field}: ${shortValue(change.old)} → ${shortValue(change.new)}`;
  }
  return change.old === null ? 'created' : change.new === null ? 'deleted' : 'replaced';
}

function conflictJson(conflict: Conflict, numbers: Map<Change, number>) {
  const { change } = conflict;
  return {
    change: numbers.get(change) ?? 0,
    table: change.table,
    id: change.id,
    field: change.field,
    changeset_value: change.new,
    expected_value: change.old,
    current_value: conflict.current,
    author: conflict.author,
    time: conflict.time,
  };
}

/** Why a record is refused: its English message, or with `i18n` its sentence in that language. */
function reasonOf(record: RejectedRecord, problem: ChangeProblem, i18n: I18n | null): string {
  return i18n ? changeProblemSentence(problem, i18n, record.table) : problem.message;
}

function rejectedJson(record: RejectedRecord, numbers: Map<Change, number>, i18n: I18n | null) {
  return {
    table: record.table,
    id: record.id,
    reasons: record.problems.map((problem) => problem.message),
    ...(i18n ? { texts: record.problems.map((problem) => reasonOf(record, problem, i18n)) } : {}),
    problems: record.problems.map(({ field, code, values }) => ({ field, code, values })),
    changes: record.changes.map((change) => numbers.get(change) ?? 0),
  };
}

function alreadyPresent(changeset: Changeset, merge: MergeResult): number {
  const applied = merge.applied.reduce((sum, { changes }) => sum + changes.length, 0);
  const rejected = merge.rejected.reduce((sum, { changes }) => sum + changes.length, 0);
  return changeset.changes.length - applied - merge.conflicts.length - rejected;
}

function printJson(
  paths: { changeset: string; data: string },
  changeset: Changeset,
  { merge, changed }: Outcome,
  numbers: Map<Change, number>,
  dryRun: boolean,
  i18n: I18n | null,
): void {
  console.log(
    JSON.stringify({
      changeset: paths.changeset,
      data: paths.data,
      base: changeset.base,
      dry_run: dryRun,
      changes: changeset.changes.length,
      applied: merge.applied.flatMap(({ tx, author, time, label, changes }) =>
        changes.map((change) => ({
          change: numbers.get(change) ?? 0,
          tx,
          author,
          time,
          label,
          table: change.table,
          id: change.id,
          field: change.field,
          old: change.old,
          new: change.new,
        })),
      ),
      already_present: alreadyPresent(changeset, merge),
      conflicts: merge.conflicts.map((conflict) => conflictJson(conflict, numbers)),
      rejected: merge.rejected.map((record) => rejectedJson(record, numbers, i18n)),
      changed_files: changed.map((file) => join(paths.data, file.path)),
    }),
  );
}

function printReadable(
  paths: { changeset: string; data: string },
  changeset: Changeset,
  { merge, changed }: Outcome,
  numbers: Map<Change, number>,
  dryRun: boolean,
  i18n: I18n | null,
): void {
  const transactions = new Set(changeset.changes.map((entry) => entry.tx)).size;
  console.log(
    `${paths.changeset}: ${changeset.changes.length} changes in ${transactions} transactions (base ${changeset.base || 'unknown'}), onto ${paths.data}`,
  );
  const appliedCount = merge.applied.reduce((sum, { changes }) => sum + changes.length, 0);
  console.log(`applied: ${appliedCount}`);
  for (const { author, time, changes } of merge.applied) {
    for (const change of changes) {
      console.log(
        `  #${numbers.get(change)} ${change.table} ${change.id} ${what(change)} (${author || 'no name'}, ${time})`,
      );
    }
  }
  const present = alreadyPresent(changeset, merge);
  if (present > 0) console.log(`already in the data: ${present}`);
  console.log(`conflicts: ${merge.conflicts.length}`);
  for (const conflict of merge.conflicts) {
    const { change } = conflict;
    console.log(
      `  #${numbers.get(change)} ${change.table} ${change.id} ${change.field ?? '(whole record)'}: changeset ${shortValue(change.new)}, data now ${shortValue(conflict.current)}, author saw ${shortValue(change.old)} (${conflict.author || 'no name'}, ${conflict.time})`,
    );
  }
  console.log(`rejected: ${merge.rejected.length} records`);
  for (const record of merge.rejected) {
    const list = record.changes.map((change) => `#${numbers.get(change)}`).join(', ');
    console.log(`  ${record.table} ${record.id} (changes ${list}, none applied)`);
    for (const problem of record.problems) console.log(`    ${reasonOf(record, problem, i18n)}`);
  }
  for (const file of changed) {
    console.log(`${dryRun ? 'would write' : 'wrote'} ${join(paths.data, file.path)}`);
  }
  if (changed.length === 0) console.log(`${paths.data} unchanged`);
}

/** Writes through a temporary file, so a table is never left half written. */
function writeTable(path: string, content: string): void {
  const temporary = `${path}.apply-changes.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      data: { type: 'string', default: 'data' },
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string' },
    },
  });
  const changesetPath = positionals[0];
  const i18n = languageOption(values.lang);
  if (
    !changesetPath ||
    positionals.length > 1 ||
    !['text', 'json'].includes(values.format) ||
    i18n === 'unknown'
  ) {
    console.error(USAGE);
    return 2;
  }
  const dataDir = values.data;
  const dryRun = values['dry-run'];
  const { changeset, transactions } = readChangeset(changesetPath, i18n);
  const tables = readTables(dataDir);
  const gazetteer = await loadGazetteer();
  const read = normalisedCsvDriver.read(tables, { gazetteer });
  const blocking = read.report.issues.filter((issue) => issue.severity === 'error');
  if (blocking.length > 0) {
    throw new CommandError([
      `${dataDir}: ${read.report.rejected} rows are rejected as they stand; writing the tables back would drop them. Fix them first (npm run validate -- ${dataDir}):`,
      ...blocking
        .slice(0, 20)
        .map(
          (issue) =>
            `  ${issue.file}, row ${issue.row}, ${issue.field}: ${findingLine(issue, i18n)}`,
        ),
    ]);
  }
  const merge = mergeChangeset(read.dataset, transactions, gazetteer);
  if (merge.unexplained.length > 0) {
    throw new CommandError([
      'the merged tables would not read back cleanly; nothing was written:',
      ...merge.unexplained.map(
        (issue) => `  ${issue.file ?? ''} ${issue.row ?? ''}: ${findingLine(issue, i18n)}`,
      ),
    ]);
  }
  const outcome: Outcome = {
    merge,
    changed: changedFiles(merge, tables, read.report.delimiter),
  };
  if (!dryRun) {
    for (const file of outcome.changed) writeTable(join(dataDir, file.path), file.content);
  }
  const numbers = changeNumbers(changeset, transactions);
  const paths = { changeset: changesetPath, data: dataDir };
  if (values.format === 'json') printJson(paths, changeset, outcome, numbers, dryRun, i18n);
  else printReadable(paths, changeset, outcome, numbers, dryRun, i18n);
  return merge.conflicts.length > 0 || merge.rejected.length > 0 ? 1 : 0;
}

runCommand('apply-changes', main);
