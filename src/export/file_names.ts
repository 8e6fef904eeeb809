import type { ExportFormat } from './export_formats';

/** What each export is called (`atlas-<what>[-filtered]-<date>.<extension>`). */
const NAME_PARTS: Record<ExportFormat, { what: string; extension: string }> = {
  'flat-csv': { what: 'services', extension: 'csv' },
  csv: { what: 'tables', extension: 'zip' },
  geojson: { what: 'services', extension: 'geojson' },
  hsds: { what: 'hsds', extension: 'zip' },
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
