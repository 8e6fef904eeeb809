import type { Finding, Issue, TextEncoding } from '../model/report';
import { decodeText, isUnreadable } from './decode';
import { type DelimitedRow, parseDelimited } from './delimited';
import { resolveHeaders } from './headers';
import { unneutralizeFormula } from './write_csv';

/** One data row of a delimited file, keyed by canonical field name. */
export interface TableRow {
  /** The spreadsheet row number (header = 1). */
  row: number;
  readonly fields: Record<string, string>;
  /** The row as it was in the file, by original header, to show or fix a rejected row. */
  readonly original: Record<string, string>;
  /** Why the row could not be read (set on malformed rows only). */
  findings?: Finding[];
}

/**
 * A row whose `fields` and `original` are built when asked for, not kept for every row:
 * a 100,000-row file then holds only its parsed values while it is imported.
 */
class ParsedRow implements TableRow {
  findings?: Finding[];

  constructor(
    readonly row: number,
    private readonly values: readonly string[],
    private readonly columns: Columns,
  ) {}

  get fields(): Record<string, string> {
    const { values, columns } = this;
    // A row as long as the header (every row but malformed ones) has all its fields: it
    // starts as a copy of the table's template, so it stays a fast V8 object. Added one by
    // one under computed names, some 40 fields turned each row into a hash table, several
    // times slower to build and four times the memory.
    const complete = values.length >= columns.header.length;
    const fields: Record<string, string> = complete ? { ...columns.template } : {};
    for (const { field, index } of columns.byField) {
      const value = values[index];
      // The template holds '' already: an empty cell (often half a row's) needs no store.
      if (value === undefined || (complete && value === '')) continue;
      fields[field] = unneutralizeFormula(value);
    }
    return fields;
  }

  get original(): Record<string, string> {
    const original: Record<string, string> = {};
    this.values.forEach((value, index) => {
      original[this.columns.header[index] ?? `column ${index + 1}`] = value;
    });
    return original;
  }
}

export interface Table {
  encoding: TextEncoding;
  delimiter: ',' | ';' | '\t';
  /** True when no row could be read: `issues` holds the error about the whole file. */
  refused: boolean;
  /** Canonical field of each column (null when the header is not recognised). */
  fields: (string | null)[];
  /** Each field read, with the header of its column as the file writes it. */
  columns: { header: string; field: string }[];
  rows: TableRow[];
  /** Rows that could not be read as rows (wrong field count, unclosed quote). */
  malformed: TableRow[];
  issues: Issue[];
}

/**
 * A recognised field and the index of its column. An object, not a pair: destructuring a
 * pair per field of each row went through an array iterator.
 */
interface Column {
  field: string;
  index: number;
}

/** The header as written and, for each recognised field, the column holding it. */
interface Columns {
  header: readonly string[];
  byField: readonly Column[];
  /** Every recognised field, in `byField` order, with an empty value. */
  template: Readonly<Record<string, string>>;
}

/**
 * Decodes and parses a delimited file, maps its headers to canonical fields, and reports
 * file-level problems (an empty or binary file, its encoding, a limit passed, missing
 * required columns) and malformed rows with the file's row numbers. A file that cannot be
 * read, or passes a limit of the whole file, is `refused`: no row is read.
 */
export function readTable(
  file: string,
  bytes: Uint8Array,
  aliases: Record<string, readonly string[]>,
  requiredColumns: readonly (readonly string[])[] = [],
): Table {
  const decoded = decodeText(bytes);
  const issues: Issue[] = decoded.findings.map((finding) => ({ ...finding, file, row: null }));
  const parsed = isUnreadable(decoded) ? null : parseDelimited(decoded.text);
  if (!parsed || parsed.refusal) {
    if (parsed?.refusal) issues.push({ ...parsed.refusal, file, row: null });
    return {
      encoding: decoded.encoding,
      delimiter: parsed?.delimiter ?? ',',
      refused: true,
      fields: [],
      columns: [],
      rows: [],
      malformed: [],
      issues,
    };
  }
  const { fields, unknown } = resolveHeaders(parsed.header, aliases);
  const malformedFindings = new Map<number, Finding[]>();
  for (const { row, ...finding } of parsed.findings) {
    malformedFindings.set(row, [...(malformedFindings.get(row) ?? []), finding]);
  }
  if (unknown.length > 0) {
    issues.push({
      file,
      row: 1,
      field: null,
      severity: 'info',
      code: 'invalid_value',
      message: `Columns not recognised and ignored: ${unknown.join(', ')}`,
      variant: 'unknownColumns',
      values: { columns: unknown.join(', ') },
    });
  }
  for (const alternatives of requiredColumns) {
    if (!alternatives.some((field) => fields.includes(field))) {
      issues.push({
        file,
        row: 1,
        field: alternatives[0] ?? null,
        severity: 'error',
        code: 'missing_column',
        message: `No column for ${alternatives.join(' or ')} was found in the header`,
        values: {},
      });
    }
  }
  const rows: TableRow[] = [];
  const malformed: TableRow[] = [];
  const byField: Column[] = [];
  fields.forEach((field, index) => {
    if (field && !byField.some((column) => column.field === field)) byField.push({ field, index });
  });
  const columns: Columns = {
    header: parsed.header,
    byField,
    template: Object.fromEntries(byField.map((column) => [column.field, ''])),
  };
  // Indexed: a for-of over 100,000 rows ran before being optimised, an iterator step each.
  for (let index = 0; index < parsed.rows.length; index += 1) {
    const parsedRow = parsed.rows[index] as DelimitedRow;
    const row = new ParsedRow(parsedRow.row, parsedRow.values, columns);
    const findings = malformedFindings.get(parsedRow.row);
    if (parsedRow.malformed || findings) {
      row.findings = findings ?? [];
      malformed.push(row);
    } else {
      rows.push(row);
    }
  }
  return {
    encoding: decoded.encoding,
    delimiter: parsed.delimiter,
    refused: false,
    fields,
    columns: byField.map(({ field, index }) => ({ field, header: parsed.header[index] ?? '' })),
    rows,
    malformed,
    issues,
  };
}

/** Findings of one row, placed in the file and row. */
export function rowIssues(file: string, row: number, findings: readonly Finding[]): Issue[] {
  return findings.map((finding) => ({ ...finding, row, file }));
}
