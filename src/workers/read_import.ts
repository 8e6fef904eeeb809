import { CHANGESET_FORMAT, type ParsedChangeset, parseChangeset } from '../edits/transaction';
import { issuesReport, readFiles } from '../formats';
import type { InputFile } from '../formats/types';
import {
  asWorkbookRead,
  csvRowOf,
  openWorkbookInput,
  type WorkbookChoice,
  type WorkbookInput,
} from '../formats/workbook_input';
import type { Dataset } from '../model/dataset';
import type { ImportReport } from '../model/report';
import type { Gazetteer } from '../places/types';
import { decodeText } from '../text/decode';
import { applyFixes, type RowFix } from './apply_fixes';

/**
 * What reading dropped files gives: records and their report (any format of the data
 * core), or a changeset (the local changes another browser exported).
 */
export type ImportOutcome =
  | {
      kind: 'data';
      dataset: Dataset;
      report: ImportReport;
      /** For a workbook: the sheet read and the others the user may choose. */
      workbook?: WorkbookChoice;
    }
  | { kind: 'changeset'; file: string; parsed: ParsedChangeset };

/** A changeset is one .json file whose `format` says so; anything else goes to the drivers. */
function changesetText(files: readonly InputFile[]): string | null {
  const [only] = files;
  if (files.length !== 1 || !only || !/\.json$/i.test(only.path)) return null;
  const text = decodeText(only.bytes).text;
  try {
    const json: unknown = JSON.parse(text);
    return (json as { format?: unknown } | null)?.format === CHANGESET_FORMAT ? text : null;
  } catch {
    return null;
  }
}

/** The files to read once a workbook among them is opened, and the fixed rows numbered as in its sheet's CSV. */
export interface OpenedImport {
  files: InputFile[];
  fixes: RowFix[];
  workbook?: WorkbookInput;
}

/**
 * Opens a workbook among the files (see formats/workbook_input.ts): the step of an import
 * that waits for exceljs, before the reading proper. Never throws: a workbook that cannot
 * be opened is read as no file, with the reasons in its report.
 */
export async function openImport(
  files: readonly InputFile[],
  fixes: readonly RowFix[],
  sheet?: string,
): Promise<OpenedImport> {
  const workbook = await openWorkbookInput(files, sheet);
  if (!workbook.workbook && workbook.issues.length === 0) {
    return { files: [...files], fixes: [...fixes] };
  }
  return {
    files: workbook.files,
    fixes: fixes.map((fix) => ({ ...fix, row: csvRowOf(workbook, fix.row) })),
    workbook,
  };
}

/**
 * Reads an import: detects the format, writes the user's fixed rows back in (see
 * apply_fixes.ts) and runs the format's driver. Pure apart from `onProgress`; the same code
 * runs in the import worker and, where there is no Worker, on the page. Never throws.
 */
export function readImport(
  files: readonly InputFile[],
  fixes: readonly RowFix[],
  gazetteer: Gazetteer,
  onProgress?: (fraction: number) => void,
  workbook?: WorkbookInput,
): ImportOutcome {
  const label = workbook?.workbook?.file ?? (files.length === 1 ? (files[0]?.path ?? '') : '');
  try {
    if (workbook && workbook.issues.length > 0) {
      return { kind: 'data', ...issuesReport(label, workbook.issues) };
    }
    const outcome = readOrThrow(files, fixes, gazetteer, label, onProgress);
    if (!workbook?.workbook || outcome.kind !== 'data') return outcome;
    return { ...outcome, ...asWorkbookRead(workbook, outcome), workbook: workbook.workbook };
  } catch (error) {
    // The readers report bad data rather than throw: an exception here is a fault of the
    // Atlas, said as one, never shown as the file's problem or left unanswered.
    return {
      kind: 'data',
      ...issuesReport(label, [
        {
          row: null,
          field: null,
          severity: 'error',
          code: 'unreadable_file',
          message: `The Atlas failed while reading this file (${error instanceof Error ? error.message : String(error)}); nothing was changed. Please report it with the file`,
          variant: 'fault',
          values: { detail: error instanceof Error ? error.message : String(error) },
        },
      ]),
    };
  }
}

function readOrThrow(
  files: readonly InputFile[],
  fixes: readonly RowFix[],
  gazetteer: Gazetteer,
  label: string,
  onProgress?: (fraction: number) => void,
): ImportOutcome {
  const changeset = fixes.length === 0 ? changesetText(files) : null;
  if (changeset !== null) {
    return { kind: 'changeset', file: files[0]?.path ?? '', parsed: parseChangeset(changeset) };
  }
  const fixed = applyFixes(files, fixes);
  const { dataset, report } = readFiles(
    fixed.files,
    onProgress ? { gazetteer, onProgress } : { gazetteer },
  );
  if (fixes.length > 0) {
    // The rewritten files are UTF-8 and a zip may have been opened: the report still
    // describes the file the user gave.
    if (fixed.encoding) report.encoding = fixed.encoding;
    if (label) report.file = label;
  }
  return { kind: 'data', dataset, report };
}
