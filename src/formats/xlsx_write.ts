import type { DataValidation, Worksheet } from 'exceljs';
import type { Translate } from '../i18n';
import type { Dataset } from '../model/dataset';
import { CATEGORIES, LEVELS, LOCATION_PRECISIONS, ORG_TYPES, STATUSES } from '../model/enums';
import {
  CATEGORY_LABELS,
  type Labels,
  LEVEL_LABELS,
  ORG_TYPE_LABELS,
  STATUS_LABELS,
} from '../model/labels';
import type { Language } from '../model/languages';
import { RECORD_GAPS, type RecordGap, recordGaps } from '../validate/record_gaps';
import { type FlatColumn, type FlatRow, flatColumns, toFlatRows } from './flat_rows';
import { loadExcel } from './xlsx_read';

/**
 * The flat form as an Excel workbook, for a person to read and fill: one sheet of rows
 * (a header that stays in place, an autofilter, readable widths, drop-down lists of the
 * allowed values, the record ids in grey protected columns), a sheet explaining every
 * column, and a hidden sheet holding the lists. Texts are in the language asked for; choice
 * columns hold their labels in it, which the import reads back as the codes. Cells are
 * written as values, never as formulas: a text starting with "=" stays a text.
 */

/** How a column is filled, for its explanation and its drop-down list. */
type ColumnKind =
  | 'id'
  | 'required'
  | 'choice'
  | 'languages'
  | 'commune'
  | 'nisCode'
  | 'postcode'
  | 'coordinate'
  | 'date'
  | 'phone'
  | 'email'
  | 'url'
  | 'count'
  | 'area'
  | 'enterpriseNumber'
  | 'source'
  | 'internal'
  | 'text';

const KINDS: Partial<Record<FlatColumn, ColumnKind>> = {
  service_id: 'id',
  organization_id: 'id',
  location_id: 'id',
  service_name: 'required',
  organization_name: 'required',
  category: 'choice',
  status: 'choice',
  organization_type: 'choice',
  organization_level: 'choice',
  location_precision: 'choice',
  languages: 'languages',
  city: 'commune',
  nis_code: 'nisCode',
  postal_code: 'postcode',
  latitude: 'coordinate',
  longitude: 'coordinate',
  last_verified: 'date',
  source_consulted: 'date',
  organization_last_verified: 'date',
  organization_source_consulted: 'date',
  location_last_verified: 'date',
  location_source_consulted: 'date',
  phone: 'phone',
  organization_phone: 'phone',
  email: 'email',
  organization_email: 'email',
  website: 'url',
  organization_website: 'url',
  capacity: 'count',
  service_area: 'area',
  organization_enterprise_number: 'enterpriseNumber',
  source: 'source',
  organization_source: 'source',
  location_source: 'source',
  contact_person: 'internal',
  notes: 'internal',
  organization_contact_person: 'internal',
  organization_notes: 'internal',
};

function kindOf(column: FlatColumn): ColumnKind {
  return KINDS[column] ?? 'text';
}

/** The labels of each choice column's codes. */
const CHOICE_LABELS: Partial<Record<FlatColumn, Record<string, Labels>>> = {
  category: CATEGORY_LABELS,
  status: STATUS_LABELS,
  organization_type: ORG_TYPE_LABELS,
  organization_level: LEVEL_LABELS,
};

const CHOICE_CODES: Partial<Record<FlatColumn, readonly string[]>> = {
  category: CATEGORIES,
  status: STATUSES,
  organization_type: ORG_TYPES,
  organization_level: LEVELS,
  location_precision: LOCATION_PRECISIONS,
};

/** The languages people ask services in most, offered first in the drop-down list. */
const COMMON_LANGUAGES = ['fr', 'nl', 'de', 'en', 'uk', 'ru', 'ar', 'es', 'it', 'pl', 'ro', 'tr'];

/** The numeric columns, written as numbers so the spreadsheet can sort and sum them. */
const NUMBER_COLUMNS: ReadonlySet<FlatColumn> = new Set(['latitude', 'longitude', 'capacity']);

function label(column: FlatColumn, code: string, language: Language): string {
  const labels = CHOICE_LABELS[column]?.[code];
  return labels ? (labels[language] ?? labels.en) : code;
}

export interface FlatWorkbookOptions {
  language: Language;
  /** Texts in `language` (a fixed-language `t`: the workbook and import namespaces). */
  t: Translate;
  includeInternal?: boolean;
  /** The names of the communes, for the drop-down list of the commune column. */
  communes: readonly string[];
  /** Empty rows left after the records, for the ones a partner adds (a collection template). */
  blankRows?: number;
  /** A line above the explanations saying what the workbook is for (a template's request). */
  intro?: string;
  /**
   * A "to check" workbook: a first column naming what each row lacks (see `missingOf`),
   * judged on this day (ISO date).
   */
  checkedOn?: string;
}

/**
 * What a flat row lacks, by the rules of `recordGaps`: its service's gaps (a means of
 * contact its organisation may give instead), and its site's exact address.
 */
export function missingOf(row: FlatRow, day: string): RecordGap[] {
  return recordGaps(
    {
      contact: { phone: row.phone, email: row.email, website: row.website },
      organization: {
        phone: row.organization_phone,
        email: row.organization_email,
        website: row.organization_website,
      },
      place: { address_1: row.address, location_precision: row.location_precision },
      source: row.source,
      last_verified: row.last_verified,
    },
    day,
  );
}

/**
 * What the row's organisation itself lacks, by the same rules (its own means of contact,
 * source and verification), as a partner's "to check" list names it for the organisation.
 */
export function organizationMissingOf(row: FlatRow, day: string): RecordGap[] {
  if (!row.organization_id && !row.organization_name) return [];
  return recordGaps(
    {
      contact: {
        phone: row.organization_phone,
        email: row.organization_email,
        website: row.organization_website,
      },
      source: row.organization_source,
      last_verified: row.organization_last_verified,
    },
    day,
  );
}

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;

function columnLetter(index: number): string {
  let letter = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
  }
  return letter;
}

/** The hidden sheet of lists: one column per list, its values from row 2. Returns each list's range. */
function addLists(
  sheet: Worksheet,
  lists: readonly { name: string; values: readonly string[] }[],
): string[] {
  return lists.map((list, index) => {
    const letter = columnLetter(index);
    sheet.getCell(`${letter}1`).value = list.name;
    list.values.forEach((value, row) => {
      sheet.getCell(`${letter}${row + 2}`).value = value;
    });
    return `'${sheet.name}'!$${letter}$2:$${letter}$${Math.max(2, list.values.length + 1)}`;
  });
}

/** exceljs keeps a sheet's validations by range, a part its published types leave out. */
function validations(sheet: Worksheet): { add(range: string, validation: DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } })
    .dataValidations;
}

function cellValue(column: FlatColumn, row: FlatRow, language: Language): string | number {
  const text = row[column];
  if (text === '') return '';
  if (NUMBER_COLUMNS.has(column)) {
    const number = Number(text);
    return Number.isFinite(number) ? number : text;
  }
  return CHOICE_LABELS[column] ? label(column, text, language) : text;
}

/** The flat rows of `dataset` as a workbook (see the file's comment). */
export async function writeFlatWorkbook(
  dataset: Dataset,
  options: FlatWorkbookOptions,
): Promise<Uint8Array> {
  const { language, t } = options;
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = 'Integration Ecosystem Atlas';
  const columns = flatColumns(options.includeInternal);
  const headers = columns.map((column) => t(`import:flatField.${column}`));
  const rows = toFlatRows(dataset).map(({ row }) => row);
  const data = workbook.addWorksheet(t('workbook:dataSheet'), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  const explanation = workbook.addWorksheet(t('workbook:explanationSheet'));
  const lists = workbook.addWorksheet(t('workbook:listsSheet'), { state: 'hidden' });

  const { checkedOn } = options;
  // The "to check" column comes first, where a partner starts reading; the import ignores it.
  const named = (gaps: readonly RecordGap[]) =>
    gaps.map((missing) => t(`workbook:missing.${missing}`)).join(', ');
  const checks = checkedOn
    ? (row: FlatRow) => {
        const own = named(missingOf(row, checkedOn));
        const organization = named(organizationMissingOf(row, checkedOn));
        const parts = [
          own,
          organization && t('workbook:organizationMissing', { gaps: organization }),
        ];
        return parts.filter(Boolean).join(' — ');
      }
    : null;
  const shift = checks ? 1 : 0;
  data.addRow(checks ? [t('workbook:toCheckHeader'), ...headers] : headers);
  for (const row of rows) {
    const values = columns.map((column) => cellValue(column, row, language));
    data.addRow(checks ? [checks(row), ...values] : values);
  }
  if (checks) {
    const checkColumn = data.getColumn(1);
    checkColumn.width = 45;
    checkColumn.alignment = { wrapText: true, vertical: 'top' };
    checkColumn.protection = { locked: false };
  }
  const lastRow = rows.length + 1 + (options.blankRows ?? 0);

  const listOf = (column: FlatColumn): readonly string[] | null => {
    const codes = CHOICE_CODES[column];
    if (codes) return codes.map((code) => label(column, code, language));
    if (column === 'languages') return COMMON_LANGUAGES;
    if (column === 'city') return options.communes;
    return null;
  };
  const listed = columns.filter((column) => listOf(column) !== null);
  const ranges = addLists(
    lists,
    listed.map((column) => ({
      name: t(`import:flatField.${column}`),
      values: listOf(column) ?? [],
    })),
  );

  columns.forEach((column, at) => {
    const index = at + shift;
    const sheetColumn = data.getColumn(index + 1);
    const longest = Math.max(
      headers[at]?.length ?? 0,
      ...rows.slice(0, 200).map((row) => String(cellValue(column, row, language)).length),
    );
    sheetColumn.width = Math.min(50, Math.max(10, longest + 2));
    const id = kindOf(column) === 'id';
    // A partner fills every column but the ids, in the rows given and the empty ones below.
    if (!id) sheetColumn.protection = { locked: false };
    else sheetColumn.fill = GREY;
    const list = listed.indexOf(column);
    const range = ranges[list];
    if (range && lastRow >= 2) {
      validations(data).add(`${columnLetter(index)}2:${columnLetter(index)}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        // Several languages ("fr|uk") are typed: a value off the list is warned of, not refused.
        showErrorMessage: true,
        errorStyle: column === 'languages' ? 'information' : 'warning',
      });
    }
  });
  const header = data.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  data.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: columns.length + shift },
  };
  await data.protect('', {
    // No password (the protection guards against slips, not people): no costly hashing.
    spinCount: 1,
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });

  if (options.intro) explanation.addRow([options.intro]);
  explanation.addRow([t('workbook:explanationTitle')]).font = { bold: true };
  explanation.addRow([t('workbook:explanationIntro')]);
  explanation.addRow([]);
  const explanationHeader = explanation.addRow([
    t('workbook:columnHeader'),
    t('workbook:meaningHeader'),
    t('workbook:valuesHeader'),
  ]);
  explanationHeader.font = { bold: true };
  if (checkedOn) {
    explanation.addRow([
      t('workbook:toCheckHeader'),
      t('workbook:kind.toCheck', { date: checkedOn }),
      RECORD_GAPS.map((gap) => t(`workbook:missing.${gap}`)).join(', '),
    ]);
  }
  columns.forEach((column, index) => {
    const values = listOf(column);
    explanation.addRow([
      headers[index] ?? column,
      t(`workbook:kind.${kindOf(column)}`),
      values && column !== 'city' ? values.join(', ') : '',
    ]);
  });
  explanation.getColumn(1).width = 45;
  explanation.getColumn(2).width = 70;
  explanation.getColumn(3).width = 60;

  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A table of one header and rows of text or numbers as a workbook of one sheet (tables of figures). */
export async function writeTableWorkbook(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  header.forEach((name, index) => {
    const longest = Math.max(
      name.length,
      ...rows.slice(0, 200).map((row) => String(row[index] ?? '').length),
    );
    sheet.getColumn(index + 1).width = Math.min(50, Math.max(10, longest + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
