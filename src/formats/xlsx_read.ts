import type { CellValue, Workbook, Worksheet } from 'exceljs';

/**
 * Reading a workbook (.xlsx) into plain rows of text, sheet by sheet: the one place the
 * Atlas reads cells with exceljs, loaded only when a workbook is read (it is large).
 *
 * A cell's text is what the spreadsheet shows as its value: a number in full (50.4657), a
 * date as an ISO date (2026-01-15, or 2026-01-15T09:30 when it has a time), a formula as its
 * last computed result, a link as its text, rich text as its plain text, an error as empty.
 * A merged cell gives its value to every cell it covers.
 */

/** One row of a sheet: its number in the sheet (1 for the first) and its cells' text. */
export interface SheetRow {
  row: number;
  values: string[];
}

export interface SheetTable {
  name: string;
  /** Hidden sheets (lists of allowed values) are not offered for import. */
  hidden: boolean;
  /** The header's row number, and the header: one or two rows when header cells are merged. */
  headerRow: number;
  header: string[];
  /** The rows after the header, blank ones included, so row numbers stay the sheet's. */
  rows: SheetRow[];
}

type ExcelModule = typeof import('exceljs');

/** exceljs, loaded once when first needed (its CommonJS build in Node, its browser bundle on the page). */
export async function loadExcel(): Promise<ExcelModule> {
  const module = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return module.default ?? module;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A date cell as an ISO date; with its time (to the minute) when it has one. Excel dates carry no zone: read as UTC. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  return minutes === 0 ? day : `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** The text of a cell's value (see the file's comment). */
export function cellValueText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) {
    return cellValueText((value as { result?: CellValue }).result);
  }
  if ('text' in value) {
    const text = value.text as unknown;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) {
      return cellValueText(text as CellValue);
    }
    return 'hyperlink' in value ? String(value.hyperlink) : '';
  }
  return '';
}

/** The cells of a row as text, from column 1 to `width` (a merged cell's value in each cell it covers). */
function rowTexts(sheet: Worksheet, rowNumber: number, width: number): string[] {
  const row = sheet.getRow(rowNumber);
  const values = row.values as (CellValue | undefined)[];
  const texts: string[] = [];
  for (let column = 1; column <= width; column += 1) {
    texts.push(cellValueText(values[column]).trim());
  }
  return texts;
}

function isBlank(values: readonly string[]): boolean {
  return values.every((value) => value === '');
}

/** How many rows down the cell at (row, column) is merged with the cells below it (1 when it is not). */
function mergedDepth(sheet: Worksheet, row: number, column: number): number {
  const cell = sheet.getCell(row, column);
  if (!cell.isMerged) return 1;
  const master = cell.master.address;
  let depth = 1;
  // A heading spans a few rows at most: the search stops there.
  while (depth < 4) {
    const below = sheet.getCell(row + depth, column);
    if (!below.isMerged || below.master.address !== master) break;
    depth += 1;
  }
  return depth;
}

/**
 * The header of a sheet from its first non-blank row. When header cells there are merged
 * down over several rows (a heading over sub-headings), the header is those rows: each
 * column is named by its lowest heading, a cell covered by a merge taking the merge's text.
 */
function headerOf(
  sheet: Worksheet,
  first: number,
  width: number,
): { header: string[]; rows: number } {
  let depth = 1;
  for (let column = 1; column <= width; column += 1) {
    depth = Math.max(depth, mergedDepth(sheet, first, column));
  }
  const header = rowTexts(sheet, first, width);
  for (let row = first + 1; row < first + depth; row += 1) {
    rowTexts(sheet, row, width).forEach((text, index) => {
      if (text) header[index] = text;
    });
  }
  return { header, rows: depth };
}

/** One sheet as a table of text; null when it holds nothing. */
function sheetTable(sheet: Worksheet): SheetTable | null {
  const last = sheet.actualRowCount > 0 ? sheet.rowCount : 0;
  const width = sheet.columnCount;
  let first = 0;
  for (let row = 1; row <= last && first === 0; row += 1) {
    if (!isBlank(rowTexts(sheet, row, width))) first = row;
  }
  if (first === 0) return null;
  const { header, rows: headerRows } = headerOf(sheet, first, width);
  // Trailing columns with neither a header nor a value are dropped with the header's width.
  let used = header.length;
  while (used > 0 && header[used - 1] === '') used -= 1;
  const rows: SheetRow[] = [];
  let lastFilled = 0;
  for (let row = first + headerRows; row <= last; row += 1) {
    const values = rowTexts(sheet, row, width);
    const trimmed = values.slice(0, Math.max(used, 1));
    // A value beyond the named columns makes the row longer than its header: reported as such.
    const beyond = values.slice(used).some((value) => value !== '');
    rows.push({ row, values: beyond ? values : trimmed });
    if (!isBlank(values)) lastFilled = rows.length;
  }
  return {
    name: sheet.name,
    hidden: sheet.state !== 'visible',
    headerRow: first,
    header: header.slice(0, used),
    // Empty trailing rows (formatted but never filled) are not rows.
    rows: rows.slice(0, lastFilled),
  };
}

/** Loads a workbook's bytes. Throws when they are not a workbook exceljs can open. */
export async function openWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** Every sheet of a workbook that holds something, in the workbook's order. */
export async function readSheets(bytes: Uint8Array): Promise<SheetTable[]> {
  const workbook = await openWorkbook(bytes);
  const tables: SheetTable[] = [];
  for (const sheet of workbook.worksheets) {
    const table = sheetTable(sheet);
    if (table) tables.push(table);
  }
  return tables;
}
