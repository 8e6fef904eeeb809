import type { InputFile } from '../formats/types';
import { openZip } from '../formats/unzip';
import type { RejectedRow, TextEncoding } from '../model/report';
import { decodeText } from '../text/decode';
import { parseDelimited } from '../text/delimited';
import { parseJsonText } from '../text/json_text';

/**
 * Fixing rejected rows in place: the user's corrected cells are written back into the
 * files at the same row numbers, so that the same driver reads the whole import again.
 * Re-reading everything (not the fixed rows alone) keeps every check that looks beyond one
 * row right: an organisation matched by name on another row, a reference to another table
 * of a normalised CSV or an HSDS package, a duplicate id; and the report keeps the file's
 * own row numbers.
 */

/** One fixed row: which file (absent for a single-file format), which row, its cells by header. */
export type RowFix = Pick<RejectedRow, 'file' | 'row' | 'values'>;

export interface FixedFiles {
  files: InputFile[];
  /** The encoding of the first file rewritten (rewritten files are UTF-8), for the report. */
  encoding: TextEncoding | null;
}

/**
 * One line of delimited text whose cells read back exactly as given. Unlike the export
 * writer, no formula is neutralised: this is the user's input read again, not a file for a
 * spreadsheet. Any separator is quoted so the header still tells the delimiter.
 */
function delimitedLine(cells: readonly string[], delimiter: string): string {
  return cells
    .map((cell) =>
      /[",;\t\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell,
    )
    .join(delimiter);
}

/** A cell that makes a row unreadable again: a row whose text was lost stays rejected. */
const LOST_ROW = ['"'];

/**
 * The delimited text with the fixed rows written in, every other row as it was read, each
 * at its row number (blank lines keep the numbering). A fixed row gets exactly the header's
 * columns.
 */
export function fixDelimitedText(text: string, fixes: ReadonlyMap<number, RowFix>): string {
  const parsed = parseDelimited(text);
  const rows = new Map(parsed.rows.map((row) => [row.row, row]));
  let last = parsed.rows.at(-1)?.row ?? 1;
  for (const number of fixes.keys()) last = Math.max(last, number);
  const lines = [delimitedLine(parsed.header, parsed.delimiter)];
  for (let number = 2; number <= last; number += 1) {
    const fix = fixes.get(number);
    const row = rows.get(number);
    const cells = fix
      ? parsed.header.map((name) => fix.values[name] ?? '')
      : row
        ? row.values.length > 0
          ? row.values
          : LOST_ROW
        : [];
    lines.push(delimitedLine(cells, parsed.delimiter));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The GeoJSON text with the fixed features' properties replaced (row n is feature n). */
export function fixGeoJsonText(text: string, fixes: ReadonlyMap<number, RowFix>): string {
  type Feature = { properties?: unknown };
  const parsed = parseJsonText(text);
  // Unreadable JSON is left as it is: the driver reads it again and says why.
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return text;
  const json = parsed.value as Feature & { type?: unknown; features?: unknown };
  const features = json.type === 'Feature' ? [json] : json.features;
  if (!Array.isArray(features)) return text;
  for (const [row, fix] of fixes) {
    const feature: unknown = features[row - 1];
    if (typeof feature === 'object' && feature !== null && !Array.isArray(feature)) {
      (feature as Feature).properties = { ...fix.values };
    }
  }
  return JSON.stringify(json);
}

function isGeoJson(path: string): boolean {
  return /\.(geo)?json$/i.test(path);
}

/**
 * The input files with the fixes written in. A fix names its file (a table of a folder or
 * package), or none when the import is one file. A zip is opened when a fix names a file
 * inside it. Files without fixes are passed on untouched.
 */
export function applyFixes(files: readonly InputFile[], fixes: readonly RowFix[]): FixedFiles {
  if (fixes.length === 0) return { files: [...files], encoding: null };
  const single = files.length === 1 ? files[0]?.path : undefined;
  const byFile = new Map<string, Map<number, RowFix>>();
  for (const fix of fixes) {
    const path = fix.file ?? single ?? '';
    let rows = byFile.get(path);
    if (!rows) {
      rows = new Map();
      byFile.set(path, rows);
    }
    rows.set(fix.row, fix);
  }
  const paths = new Set(files.map((file) => file.path));
  // A fix that names no file given names one inside the zip given: it is opened (and read
  // as its files); a zip that will not open is left as it is, for the driver to report.
  const [only] = files;
  const unzipped =
    [...byFile.keys()].every((path) => paths.has(path)) || files.length !== 1 || !only
      ? null
      : openZip(only);
  const opened = unzipped && !unzipped.refused ? unzipped.files : files;
  let encoding: FixedFiles['encoding'] = null;
  const encoder = new TextEncoder();
  const fixed = opened.map((file) => {
    const rows = byFile.get(file.path);
    if (!rows) return file;
    const decoded = decodeText(file.bytes);
    encoding ??= decoded.encoding;
    const text = isGeoJson(file.path)
      ? fixGeoJsonText(decoded.text, rows)
      : fixDelimitedText(decoded.text, rows);
    return { path: file.path, bytes: encoder.encode(text) };
  });
  return { files: fixed, encoding };
}
