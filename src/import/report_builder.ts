import type { Crs, Finding, ImportReport, Issue, ReadColumn, RejectedRow } from '../model/report';

/**
 * Accumulates an import's report while rows are read: counts rows, accepted and
 * rejected, keeps every issue and the values of each rejected row.
 */
export class ReportBuilder {
  readonly issues: Issue[] = [];
  readonly rejectedRows: RejectedRow[] = [];
  readonly columns: ReadColumn[] = [];
  private rows = 0;
  private rejected = 0;
  encoding: ImportReport['encoding'] = null;
  delimiter: string | null = null;
  crs: Crs = 'EPSG:4326';

  constructor(
    private readonly file: string,
    private readonly format: string,
  ) {}

  addIssues(issues: readonly Issue[]): void {
    for (const issue of issues) this.issues.push(issue);
  }

  /** Records how a file's columns were read (see ReadColumn). */
  addColumns(columns: readonly ReadColumn[]): void {
    for (const column of columns) this.columns.push(column);
  }

  /**
   * Records one data row's outcome. Errors reject it (it stays in the report with its
   * values, read from `source` only then); warnings and infos keep it. Returns true when
   * the row is accepted.
   */
  addRow(
    row: number,
    findings: readonly Finding[],
    source: { readonly original: Record<string, string> },
    file?: string,
  ): boolean {
    this.rows += 1;
    let rejected = false;
    for (const finding of findings) {
      this.issues.push(file ? { ...finding, row, file } : { ...finding, row });
      if (finding.severity === 'error') rejected = true;
    }
    if (rejected) {
      this.rejected += 1;
      const values = source.original;
      this.rejectedRows.push(file ? { file, row, values } : { row, values });
    }
    return !rejected;
  }

  build(): ImportReport {
    return {
      file: this.file,
      format: this.format,
      encoding: this.encoding,
      delimiter: this.delimiter,
      crs: this.crs,
      rows: this.rows,
      accepted: this.rows - this.rejected,
      rejected: this.rejected,
      issues: this.issues,
      rejected_rows: this.rejectedRows,
      ...(this.columns.length > 0 ? { columns: this.columns } : {}),
    };
  }
}

/**
 * The report of a file that could not be read at all: no row, one error that says why
 * (`parts`: what the interface needs to say it in its language, see Issue).
 */
export function unreadableReport(
  file: string,
  format: string,
  message: string,
  parts: Pick<Issue, 'variant' | 'values'> = {},
): ImportReport {
  const report = new ReportBuilder(file, format);
  report.addIssues([
    { file, row: null, field: null, severity: 'error', code: 'unreadable_file', message, ...parts },
  ]);
  return report.build();
}
