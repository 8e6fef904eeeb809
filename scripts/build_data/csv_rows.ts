import Papa from 'papaparse';
import type { CsvRow } from './specs';

/**
 * Parses a source CSV (UTF-8, comma, header row) into rows by column name.
 * Throws on any parse error or missing column: the sources are curated, so a
 * malformed file must stop the build rather than lose rows.
 */
export function parseCsv(text: string, file: string, columns: readonly string[]): CsvRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new Error(`${file}: ${first?.message ?? 'parse error'} (row ${first?.row ?? '?'})`);
  }
  const header = parsed.meta.fields ?? [];
  const absent = columns.filter((column) => !header.includes(column));
  if (absent.length > 0) throw new Error(`${file}: missing column(s) ${absent.join(', ')}`);
  return parsed.data.map((row) =>
    Object.fromEntries(header.map((column) => [column, (row[column] ?? '').trim()])),
  );
}
