import type { TableName } from './dataset';

/**
 * The validation report: every finding about an input file, row by row.
 * An error rejects its row (the row stays listed, never silently dropped);
 * a warning or info keeps it.
 */

export type Severity = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'unreadable_file'
  | 'unknown_format'
  | 'missing_column'
  | 'missing_required'
  | 'malformed_row'
  | 'duplicate_id'
  | 'invalid_value'
  | 'invalid_coordinate'
  | 'coordinates_swapped'
  | 'coordinates_outside_wallonia'
  | 'commune_mismatch'
  | 'unknown_commune'
  | 'unknown_postcode'
  | 'unknown_area'
  | 'unknown_place'
  | 'duplicate_row'
  | 'inconsistent_unit'
  | 'sum_mismatch'
  | 'unknown_category'
  | 'unknown_language'
  | 'invalid_url'
  | 'invalid_email'
  | 'invalid_date'
  | 'nis_code_updated'
  | 'coordinates_reprojected'
  | 'no_location'
  | 'dangling_reference'
  | 'organization_matched'
  | 'conflicting_value'
  | 'geometry_simplified'
  | 'empty_file'
  | 'invalid_encoding'
  | 'invalid_geometry'
  | 'file_too_large'
  | 'too_many_rows'
  | 'too_many_columns'
  | 'field_too_long'
  | 'too_deeply_nested'
  | 'zip_too_large'
  | 'nested_archive';

/**
 * One finding. `row` is the file's own row number (header = 1 in a CSV), or null for the
 * file. `message` is its sentence in English (the command line's); the interface says it
 * in its own language from the code: the text `import:message.<code>` (or
 * `…_<variant>`, when one code covers several cases) filled with `values`. A finding
 * without `values` is shown in English, as is one whose code has no text yet.
 */
export interface Issue {
  row: number | null;
  field: string | null;
  severity: Severity;
  code: IssueCode;
  message: string;
  /** The values the message names (the cell as written, a postcode, a list of communes). */
  values?: Readonly<Record<string, string | number>>;
  /** Which of its code's cases the finding is, when the code has several sentences. */
  variant?: string;
  /** The file it concerns, when a folder or package holds several. */
  file?: string;
}

/** A finding before the caller knows which row it belongs to. */
export type Finding = Omit<Issue, 'row' | 'file'>;

/** How a text file was encoded, as the reader found it. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type Crs = 'EPSG:4326' | 'EPSG:31370' | 'EPSG:3812';

/** A row that an error rejected, kept with its values so the user can fix it. */
export interface RejectedRow {
  file?: string;
  row: number;
  values: Record<string, string>;
}

/**
 * A column of a file as the import read it: its header as the file writes it, and the
 * field that findings name (a column of the flat form, or a field of `table`'s records
 * when the file is one table's).
 */
export interface ReadColumn {
  /** The file, when the report covers several (as in Issue.file). */
  file?: string;
  header: string;
  field: string;
  table?: TableName;
}

export interface ImportReport {
  file: string;
  format: string;
  encoding: TextEncoding | null;
  delimiter: string | null;
  crs: Crs;
  rows: number;
  accepted: number;
  rejected: number;
  issues: Issue[];
  rejected_rows: RejectedRow[];
  /** How the file's columns were read, for the report to name them as the file does. */
  columns?: ReadColumn[];
}

export function atRow(row: number | null, findings: readonly Finding[], file?: string): Issue[] {
  return findings.map((finding) => (file ? { ...finding, row, file } : { ...finding, row }));
}

export function hasError(findings: readonly Pick<Issue, 'severity'>[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
