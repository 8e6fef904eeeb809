import type { ImportReport, Issue, RejectedRow } from '../../model/report';

/**
 * The report of a package import, where one record's findings may concern several files
 * (a service's phone lives in phones.csv): each issue is placed where the value is, while
 * the record's own row is what an error rejects.
 */
export class PackageReport {
  private readonly issues: Issue[] = [];
  private readonly rejectedRows: RejectedRow[] = [];
  private readonly seen = new Set<string>();
  private rows = 0;
  private rejected = 0;
  encoding: ImportReport['encoding'] = null;
  delimiter: string | null = null;

  constructor(private readonly file: string) {}

  private static key(issue: Issue): string {
    return [issue.file ?? '', issue.row ?? '', issue.field ?? '', issue.code].join('|');
  }

  addIssues(issues: readonly Issue[]): void {
    for (const issue of issues) {
      this.seen.add(PackageReport.key(issue));
      this.issues.push(issue);
    }
  }

  /** Adds issues that say nothing new: one with the same file, row, field and code is dropped. */
  addIssuesUnlessKnown(issues: readonly Issue[]): void {
    this.addIssues(issues.filter((issue) => !this.seen.has(PackageReport.key(issue))));
  }

  /** One record's row: counted, rejected (and kept with its values) when any issue is an error. */
  addRecord(
    file: string,
    row: number,
    issues: readonly Issue[],
    values: Record<string, string>,
  ): boolean {
    this.rows += 1;
    this.addIssues(issues);
    const rejected = issues.some((issue) => issue.severity === 'error');
    if (rejected) {
      this.rejected += 1;
      this.rejectedRows.push({ file, row, values });
    }
    return !rejected;
  }

  /** The report, its issues ordered by file then row (file-level issues first). */
  build(format: string): ImportReport {
    const files = [...new Set(this.issues.map((issue) => issue.file ?? ''))];
    const issues = [...this.issues].sort(
      (a, b) =>
        files.indexOf(a.file ?? '') - files.indexOf(b.file ?? '') || (a.row ?? 0) - (b.row ?? 0),
    );
    return {
      file: this.file,
      format,
      encoding: this.encoding,
      delimiter: this.delimiter,
      crs: 'EPSG:4326',
      rows: this.rows,
      accepted: this.rows - this.rejected,
      rejected: this.rejected,
      issues,
      rejected_rows: this.rejectedRows,
    };
  }
}
