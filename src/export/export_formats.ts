import { type Transaction, toChangeset } from '../edits/transaction';
import { driverFor } from '../formats';
import { writeHsdsZip } from '../formats/hsds';
import { indicatorRows } from '../formats/indicator_table';
import type { FormatId } from '../formats/types';
import { writeFlatWorkbook, writeTableWorkbook } from '../formats/xlsx_write';
import { zipFiles } from '../formats/zip_files';
import type { Translate } from '../i18n';
import type { Dataset } from '../model/dataset';
import type { Language } from '../model/languages';
import type { AreaCatalogue } from '../places/area_catalogue';
import { foldName } from '../text/fold';

/**
 * What the user can export: the data in one of the dataset formats, the flat form or the
 * figures as Excel workbooks, a collection template for a partner, or the local changes.
 */
export type ExportFormat = FormatId | 'xlsx' | 'indicators-xlsx' | 'template' | 'changeset';

/** The exports written as workbooks (with exceljs, loaded when one is asked for). */
export const WORKBOOK_FORMATS: readonly ExportFormat[] = ['xlsx', 'indicators-xlsx', 'template'];

/** In the order the export dialog offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'flat-csv',
  'xlsx',
  'csv',
  'geojson',
  'hsds',
  'indicators',
  'indicators-xlsx',
  'template',
  'changeset',
];

/** The formats written as CSV, where `;` separators (Excel in Belgian locales) can be chosen. */
export const DELIMITED_FORMATS: readonly ExportFormat[] = ['flat-csv', 'csv', 'indicators'];

/**
 * The CSV separator a spreadsheet opens in each interface language: Excel in a Belgian
 * French, Dutch or German locale splits on `;` (and reads decimal commas), an English one
 * on `,`. The export dialog starts with it; the user can still choose the other.
 */
export function csvDelimiterFor(language: string): ',' | ';' {
  return SEMICOLON_LANGUAGES.has(language) ? ';' : ',';
}

const SEMICOLON_LANGUAGES: ReadonlySet<string> = new Set(['fr', 'nl', 'de']);

/** One file, ready to be handed to the user. */
export interface ExportFile {
  name: string;
  /** Its media type, for the download. */
  type: string;
  bytes: Uint8Array;
}

export interface DatasetExportOptions {
  format: ExportFormat;
  /**
   * The CSV separator: `;` for Excel in a Belgian (French or Dutch) locale, where the flat
   * form's coordinates also get decimal commas. Ignored by GeoJSON and HSDS (HSDS requires
   * commas).
   */
  delimiter?: ',' | ';';
  /** The dataset is a filtered subset: the file name says so. */
  filtered?: boolean;
  /** The day in the file name (YYYY-MM-DD). */
  date: string;
  /** Include the internal fields (contact persons, notes); HSDS has no place for them. */
  includeInternal?: boolean;
  /** The names and boundaries of the services' areas (HSDS service_area extents). */
  areas?: AreaCatalogue;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TYPES: Record<ExportFormat, string> = {
  'flat-csv': 'text/csv;charset=utf-8',
  csv: 'application/zip',
  geojson: 'application/geo+json',
  hsds: 'application/zip',
  indicators: 'text/csv;charset=utf-8',
  xlsx: XLSX_TYPE,
  'indicators-xlsx': XLSX_TYPE,
  template: XLSX_TYPE,
  changeset: 'application/json',
};

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

/**
 * The dataset as one file in `format`, through the format drivers (the same writers as
 * `npm run convert`, so every CSV cell is safe to open in a spreadsheet):
 * - flat-csv: one row per service at a site, UTF-8 with BOM;
 * - csv: the six normalised tables (UTF-8 with BOM), in one zip, at its top level;
 * - geojson: RFC 7946, one feature per service at a site;
 * - hsds: the HSDS 3.0 package as a zip, `atlas_extensions.json` beside its files.
 */
export function datasetExport(
  dataset: Dataset,
  options: DatasetExportOptions & { format: FormatId },
): ExportFile {
  const { format, date, filtered = false } = options;
  const name = exportFileName(format, date, filtered);
  const type = TYPES[format];
  if (format === 'hsds') return { name, type, bytes: writeHsdsZip(dataset, options.areas) };
  const files = driverFor(format).write(dataset, {
    delimiter: options.delimiter ?? ',',
    includeInternal: options.includeInternal ?? false,
    areas: options.areas,
  });
  const [only] = files;
  if (files.length === 1 && only) return { name, type, bytes: bytesOf(only.content) };
  return { name, type, bytes: zipFiles(files) };
}

export interface WorkbookExportOptions {
  format: 'xlsx' | 'indicators-xlsx' | 'template';
  date: string;
  filtered?: boolean;
  includeInternal?: boolean;
  /** The language of whoever fills the workbook, and its texts (a fixed-language `t`). */
  language: Language;
  t: Translate;
  /** The communes' names, for the drop-down list of communes. */
  communes: readonly string[];
  /** For a template: whom it asks (a commune, an organisation), in its file name and first line. */
  subject?: string;
  /** For a template: a first column naming what each row lacks ("to check"), judged on `date`. */
  toCheck?: boolean;
  /** For a template: named as a partner's "to check" workbook (`toCheckFileName`). */
  toCheckFile?: boolean;
}

/** Empty rows a template leaves for the services a partner adds. */
const TEMPLATE_BLANK_ROWS = 30;

/** A subject in a file name: `CPAS de Namur` → `cpas-de-namur`. */
function slug(subject: string): string {
  return foldName(subject).replaceAll(' ', '-').slice(0, 60) || 'partner';
}

/** A template's file name: `atlas-template-cpas-de-namur-2026-12-07.xlsx`. */
export function templateFileName(subject: string, date: string): string {
  return `atlas-template-${slug(subject)}-${date}.xlsx`;
}

/** A partner's "to check" file: `atlas-to-check-cpas-de-namur-2026-12-07.xlsx` (or `.csv`). */
export function toCheckFileName(subject: string, date: string, extension: 'xlsx' | 'csv'): string {
  return `atlas-to-check-${slug(subject)}-${date}.${extension}`;
}

/**
 * The dataset as an Excel workbook: the flat form (xlsx), the figures (indicators-xlsx), or
 * a collection template — the flat form pre-filled with what the atlas knows of a commune,
 * an organisation or the filtered sites, empty rows below for what it does not, in the
 * partner's language, which the import reads back and sets against the atlas for review.
 */
export async function workbookExport(
  dataset: Dataset,
  options: WorkbookExportOptions,
): Promise<ExportFile> {
  const { format, date, t } = options;
  const type = TYPES[format];
  if (format === 'indicators-xlsx') {
    const { header, rows } = indicatorRows(dataset);
    return {
      name: exportFileName(format, date, options.filtered),
      type,
      bytes: await writeTableWorkbook(t('workbook:figuresSheet'), header, rows),
    };
  }
  const template = format === 'template';
  const subject = options.subject ?? '';
  const bytes = await writeFlatWorkbook(dataset, {
    language: options.language,
    t,
    includeInternal: options.includeInternal ?? false,
    communes: options.communes,
    ...(template
      ? {
          blankRows: TEMPLATE_BLANK_ROWS,
          intro: t('workbook:templateIntro', { subject, date }),
          ...(options.toCheck ? { checkedOn: date } : {}),
        }
      : {}),
  });
  const name = !template
    ? exportFileName(format, date, options.filtered)
    : options.toCheckFile && subject
      ? toCheckFileName(subject, date, 'xlsx')
      : subject
        ? templateFileName(subject, date)
        : exportFileName(format, date, options.filtered);
  return { name, type, bytes };
}

/**
 * The local changes as a changeset file (`toChangeset`: every change on its own line, with
 * its author, time, record, field, old and new value, and the base dataset's version), which
 * another browser can import and `npm run apply-changes` merges into data/.
 */
export function changesetExport(
  transactions: readonly Transaction[],
  baseVersion: string,
  date: string,
  exportedAt: string = new Date().toISOString(),
  options: { includeInternal?: boolean } = {},
): ExportFile {
  const changeset = toChangeset(transactions, baseVersion, exportedAt, options);
  return {
    name: exportFileName('changeset', date),
    type: TYPES.changeset,
    bytes: new TextEncoder().encode(`${JSON.stringify(changeset, null, 2)}\n`),
  };
}

/** What each export is called (`atlas-<what>[-filtered]-<date>.<extension>`). */
const NAME_PARTS: Record<ExportFormat, { what: string; extension: string }> = {
  'flat-csv': { what: 'services', extension: 'csv' },
  csv: { what: 'tables', extension: 'zip' },
  geojson: { what: 'services', extension: 'geojson' },
  hsds: { what: 'hsds', extension: 'zip' },
  indicators: { what: 'indicators', extension: 'csv' },
  xlsx: { what: 'services', extension: 'xlsx' },
  'indicators-xlsx': { what: 'indicators', extension: 'xlsx' },
  template: { what: 'template', extension: 'xlsx' },
  changeset: { what: 'changes', extension: 'json' },
};

/** Today's date where the user is (YYYY-MM-DD), for file names: a file is named for the day it was made. */
export function exportDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The name of an export file, e.g. `atlas-services-2026-11-29.csv`; a filtered subset is
 * `atlas-services-filtered-2026-11-29.csv`, so it is never mistaken for the whole dataset.
 */
export function exportFileName(format: ExportFormat, date: string, filtered = false): string {
  const { what, extension } = NAME_PARTS[format];
  return `atlas-${what}${filtered ? '-filtered' : ''}-${date}.${extension}`;
}
