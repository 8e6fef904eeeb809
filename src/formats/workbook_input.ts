import { workbookMessages } from '../i18n/messages/workbook';
import type { Issue, RejectedRow } from '../model/report';
import { foldAscii } from '../text/fold';
import { FLAT_FIELD_ALIASES, resolveHeaders } from '../text/headers';
import { toCsv } from '../text/write_csv';
import type { InputFile, ReadResult } from './types';
import { checkZip } from './unzip';
import type { SheetTable } from './xlsx_read';

/**
 * A workbook given to import becomes the table of one of its sheets, read by the same
 * drivers, column mapping, validation and report as a CSV: the sheet is handed on as CSV
 * text, and the report then names the workbook and the sheet's own row numbers.
 */

/** True for a file named as an Excel workbook. */
export function isWorkbook(path: string): boolean {
  return /\.(xlsx|xlsm)$/i.test(path);
}

/**
 * The spreadsheet file types the Atlas cannot open (exceljs reads .xlsx only): LibreOffice's
 * .ods and .fods, Excel's older .xls. Returns the file's extension, or '' for other files.
 */
export function unreadableSpreadsheet(path: string): string {
  return /\.(ods|fods|xls)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
}

/** Which sheet was read, and the others the user may choose. */
export interface WorkbookChoice {
  file: string;
  /** The sheets offered (the visible ones that hold something), in the workbook's order. */
  sheets: string[];
  sheet: string;
}

/** The input with its workbook replaced by the CSV text of one sheet, and how to put row numbers back. */
export interface WorkbookInput {
  files: InputFile[];
  workbook: WorkbookChoice | null;
  /** Why the workbook could not be read (nothing is read then). */
  issues: Issue[];
  /** The CSV's name, and the sheet's row number of the CSV's line n (n ≥ 2) minus n. */
  csvPath: string;
  offset: number;
  headerRow: number;
}

function fileIssue(
  file: string,
  code: Issue['code'],
  message: string,
  variant?: string,
  values: NonNullable<Issue['values']> = {},
): Issue {
  return {
    file,
    row: null,
    field: null,
    severity: 'error',
    code,
    message,
    ...(variant ? { variant, values } : {}),
  };
}

/** The sheet read when the user has not chosen: the first that lists services or organisations, else the first. */
function defaultSheet(sheets: readonly SheetTable[]): SheetTable | undefined {
  const listsServices = sheets.find((sheet) => {
    const fields = resolveHeaders(sheet.header, FLAT_FIELD_ALIASES).fields;
    return fields.includes('service_name') || fields.includes('organization_name');
  });
  return listsServices ?? sheets[0];
}

/** The header of the "to check" column the Atlas writes first in a partner's workbook, in every language. */
const TO_CHECK_HEADERS = new Set(
  Object.values(workbookMessages).map((messages) => foldAscii(messages.toCheckHeader)),
);

/**
 * The sheet without its "to check" column: what the Atlas wrote there is not data, and the
 * import would only report it as a column it does not know.
 */
function withoutToCheck(sheet: SheetTable): SheetTable {
  const kept = sheet.header.flatMap((name, index) =>
    TO_CHECK_HEADERS.has(foldAscii(name)) ? [] : [index],
  );
  if (kept.length === sheet.header.length) return sheet;
  const width = sheet.header.length;
  return {
    ...sheet,
    header: kept.map((index) => sheet.header[index] ?? ''),
    // Values beyond the header stay, so that a row longer than its header is still reported.
    rows: sheet.rows.map(({ row, values }) => ({
      row,
      values: [...kept.map((index) => values[index] ?? ''), ...values.slice(width)],
    })),
  };
}

function sheetCsv(sheet: SheetTable): string {
  const rows: string[][] = [];
  let next = sheet.rows[0]?.row ?? 0;
  for (const { row, values } of sheet.rows) {
    // Rows the sheet skips stay as blank lines: the CSV's line numbers keep the sheet's distances.
    for (; next < row; next += 1) rows.push([]);
    rows.push(values);
    next = row + 1;
  }
  return toCsv(sheet.header, rows, { delimiter: ',', bom: false });
}

/**
 * Replaces a single workbook among `files` by the CSV of its sheet `sheet` (or the one
 * chosen by default). Other inputs pass unchanged. Reads the workbook with exceljs, loaded
 * here; a workbook past the limits of a zip (it is one) is refused before it is opened.
 */
export async function openWorkbookInput(
  files: readonly InputFile[],
  sheet?: string,
): Promise<WorkbookInput> {
  const [only] = files;
  const unchanged = {
    files: [...files],
    workbook: null,
    issues: [],
    csvPath: '',
    offset: 0,
    headerRow: 1,
  };
  if (files.length !== 1 || !only || !isWorkbook(only.path)) return unchanged;
  const refuse = (issues: Issue[]): WorkbookInput => ({ ...unchanged, files: [], issues });
  const zip = await checkZip(only);
  if (zip.refused) return refuse(zip.issues);
  let sheets: SheetTable[];
  try {
    const { readSheets } = await import('./xlsx_read');
    sheets = await readSheets(only.bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse([
      fileIssue(
        only.path,
        'unreadable_file',
        `This workbook could not be opened (${detail}): save it again as .xlsx`,
        'workbook',
        { detail },
      ),
    ]);
  }
  const offered = sheets.filter((table) => !table.hidden);
  const chosen = offered.find((table) => table.name === sheet) ?? defaultSheet(offered);
  if (!chosen) {
    return refuse([
      fileIssue(only.path, 'empty_file', 'Every sheet of this workbook is empty', 'workbook'),
    ]);
  }
  const csvPath = `${only.path}#${chosen.name}.csv`;
  const firstData = chosen.rows[0]?.row ?? chosen.headerRow + 1;
  return {
    files: [{ path: csvPath, bytes: new TextEncoder().encode(sheetCsv(withoutToCheck(chosen))) }],
    workbook: { file: only.path, sheets: offered.map((table) => table.name), sheet: chosen.name },
    issues: [],
    csvPath,
    offset: firstData - 2,
    headerRow: chosen.headerRow,
  };
}

/** The export formats the same table has as a workbook (the import report names them so). */
const WORKBOOK_FORMAT_NAMES: Readonly<Record<string, string>> = {
  'flat-csv': 'xlsx',
  indicators: 'indicators-xlsx',
};

/** A sheet row number as the CSV's line number (for the rows the user fixed). */
export function csvRowOf(input: WorkbookInput, row: number): number {
  return input.workbook ? row - input.offset : row;
}

/**
 * A read of the sheet's CSV as a read of the workbook: the report names the workbook (and
 * the sheet), its rows by their numbers in the sheet, the header by its own row.
 */
export function asWorkbookRead(input: WorkbookInput, result: ReadResult): ReadResult {
  const { workbook } = input;
  if (!workbook) return result;
  const row = (line: number | null) =>
    line === null ? null : line <= 1 ? input.headerRow : line + input.offset;
  const file = (name: string | undefined) => (name === input.csvPath ? workbook.file : name);
  const { report } = result;
  return {
    dataset: result.dataset,
    report: {
      ...report,
      file: `${workbook.file} (${workbook.sheet})`,
      // The sheet's table was read by a CSV driver; the report names the workbook's form.
      format: WORKBOOK_FORMAT_NAMES[report.format] ?? `xlsx/${report.format}`,
      encoding: null,
      delimiter: null,
      issues: report.issues.map((issue) => ({
        ...issue,
        row: row(issue.row),
        ...(issue.file ? { file: file(issue.file) } : {}),
      })),
      rejected_rows: report.rejected_rows.map(
        (rejected): RejectedRow => ({
          ...rejected,
          row: row(rejected.row) ?? rejected.row,
          ...(rejected.file ? { file: file(rejected.file) } : {}),
        }),
      ),
      ...(report.columns
        ? {
            columns: report.columns.map((column) =>
              column.file ? { ...column, file: file(column.file) ?? '' } : column,
            ),
          }
        : {}),
    },
  };
}
