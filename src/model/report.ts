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
  | 'geometry_simplified';

/** One finding. `row` is the file's own row number (header = 1 in a CSV), or null for the file. */
export interface Issue {
  row: number | null;
  field: string | null;
  severity: Severity;
  code: IssueCode;
  message: string;
  /** The file it concerns, when a folder or package holds several. */
  file?: string;
}

/** A finding before the caller knows which row it belongs to. */
export type Finding = Omit<Issue, 'row' | 'file'>;

export type Crs = 'EPSG:4326' | 'EPSG:31370' | 'EPSG:3812';

/** A row that an error rejected, kept with its values so the user can fix it. */
export interface RejectedRow {
  file?: string;
  row: number;
  values: Record<string, string>;
}

export interface ImportReport {
  file: string;
  format: string;
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: string | null;
  crs: Crs;
  rows: number;
  accepted: number;
  rejected: number;
  issues: Issue[];
  rejected_rows: RejectedRow[];
}

export function atRow(row: number | null, findings: readonly Finding[], file?: string): Issue[] {
  return findings.map((finding) => (file ? { ...finding, row, file } : { ...finding, row }));
}

export function hasError(findings: readonly Pick<Issue, 'severity'>[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
