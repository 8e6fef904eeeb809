import Papa from 'papaparse';
import type { Finding } from '../model/report';

export type Delimiter = ',' | ';' | '\t';

export interface DelimitedRow {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  values: string[];
  malformed?: boolean;
}

export interface Delimited {
  delimiter: Delimiter;
  header: string[];
  rows: DelimitedRow[];
  /** Problems of single rows (wrong field count, unclosed quote), each with its row. */
  findings: (Finding & { row: number })[];
}

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];
const NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The delimiter of the header line: the candidate that occurs most often outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Delimiter)) {
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
    }
  }
  let best: Delimiter = ',';
  for (const candidate of CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}

function isBlank(values: readonly string[]): boolean {
  return values.every((value) => value.trim() === '');
}

/** Records of `text` with papaparse; `firstRow` is the spreadsheet number of its first record. */
function parseRecords(
  text: string,
  delimiter: Delimiter,
  firstRow: number,
  out: { records: DelimitedRow[]; findings: Delimited['findings'] },
): void {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  const stopAt = unclosed?.row ?? result.data.length;
  for (let index = 0; index < Math.min(stopAt, result.data.length); index += 1) {
    out.records.push({ row: firstRow + index, values: result.data[index] ?? [] });
  }
  if (unclosed?.row === undefined) return;
  const row = firstRow + unclosed.row;
  out.records.push({ row, values: [], malformed: true });
  out.findings.push({
    row,
    field: null,
    severity: 'error',
    code: 'malformed_row',
    message: 'A quote opened in this row is never closed; the row was skipped',
    variant: 'quote',
    values: {},
  });
  // Resume after the line of the bad record, so one stray quote costs one row.
  const start = recordOffset(text, delimiter, unclosed.row);
  const nextLine = text.indexOf('\n', start);
  if (nextLine >= 0) parseRecords(text.slice(nextLine + 1), delimiter, row + 1, out);
}

/** Where record `index` starts in `text` (only on the rare path of an unclosed quote). */
function recordOffset(text: string, delimiter: Delimiter, index: number): number {
  let offset = 0;
  let count = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (step, parser) => {
      if (count === index) {
        parser.abort();
        return;
      }
      count += 1;
      offset = step.meta.cursor;
    },
  });
  while (text[offset] === '\r' || text[offset] === '\n') offset += 1;
  return offset;
}

/**
 * Parses delimited text (delimiter detected from the header line). Rows whose field count
 * differs from the header's are returned with `malformed` and an error finding; blank rows
 * are skipped but still counted, so row numbers match the spreadsheet.
 */
export function parseDelimited(text: string): Delimited {
  const delimiter = detectDelimiter(text);
  const out: { records: DelimitedRow[]; findings: Delimited['findings'] } = {
    records: [],
    findings: [],
  };
  parseRecords(text, delimiter, 1, out);
  const header = (out.records[0]?.values ?? []).map((value) => value.trim());
  const rows: DelimitedRow[] = [];
  // Indexed from the second record: destructuring `[header, ...records]` copied every record
  // through an iterator, an object per row.
  for (let index = 1; index < out.records.length; index += 1) {
    const record = out.records[index] as DelimitedRow;
    if (record.malformed) {
      rows.push(record);
    } else if (!isBlank(record.values)) {
      if (record.values.length !== header.length) {
        out.findings.push({
          row: record.row,
          field: null,
          severity: 'error',
          code: 'malformed_row',
          message: `Expected ${header.length} fields separated by ${NAMES[delimiter]}s, found ${record.values.length}`,
          variant: 'fieldCount',
          values: {
            expected: header.length,
            found: record.values.length,
            delimiter: delimiter === '\t' ? '⇥' : delimiter,
          },
        });
        rows.push({ ...record, malformed: true });
      } else {
        rows.push(record);
      }
    }
  }
  return { delimiter, header, rows, findings: out.findings };
}
