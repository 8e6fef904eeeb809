import { type Transaction, toChangeset } from '../edits/transaction';
import { driverFor } from '../formats';
import { writeHsdsZip } from '../formats/hsds';
import type { FormatId } from '../formats/types';
import { zipFiles } from '../formats/zip_files';
import type { Dataset } from '../model/dataset';
import type { AreaCatalogue } from '../places/area_catalogue';

/** What the user can export: the data in one of the dataset formats, or the local changes. */
export type ExportFormat = FormatId | 'changeset';

/** In the order the export dialog offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'flat-csv',
  'csv',
  'geojson',
  'hsds',
  'indicators',
  'changeset',
];

/** The formats written as CSV, where `;` separators (Excel in Belgian locales) can be chosen. */
export const DELIMITED_FORMATS: readonly ExportFormat[] = ['flat-csv', 'csv', 'indicators'];

/** One file, ready to be handed to the user. */
export interface ExportFile {
  name: string;
  /** Its media type, for the download. */
  type: string;
  bytes: Uint8Array;
}

export interface DatasetExportOptions {
  format: FormatId;
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

const TYPES: Record<ExportFormat, string> = {
  'flat-csv': 'text/csv;charset=utf-8',
  csv: 'application/zip',
  geojson: 'application/geo+json',
  hsds: 'application/zip',
  indicators: 'text/csv;charset=utf-8',
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
export function datasetExport(dataset: Dataset, options: DatasetExportOptions): ExportFile {
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
