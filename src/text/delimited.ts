import Papa from 'papaparse';
import { englishCount, LIMITS, type Limits } from '../model/limits';
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
  /** Problems of single rows (wrong field count, unclosed quote, a cell too long), each with its row. */
  findings: (Finding & { row: number })[];
  /** Why no row was read at all (a limit of the whole file passed), or null. */
  refusal: Finding | null;
}

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];
const NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
const QUOTE = '"';
/** A quote character no text holds (a Unicode noncharacter): quotes are read as they are. */
const NO_QUOTE = '\uFDD0';
const UNCLOSED = 'A quote opened in this row is never closed; the row was skipped';

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

/** How many times `char` occurs in `text`, stopping once past `stop`. */
function occurrences(text: string, char: string, stop: number): number {
  let found = 0;
  for (let index = text.indexOf(char); index >= 0; index = text.indexOf(char, index + 1)) {
    found += 1;
    if (found > stop) break;
  }
  return found;
}

interface Budget {
  /** Records still allowed (the header counts as one). */
  records: number;
  cells: number;
}

/**
 * Whether `text` holds more records or cells than the budget allows. Counting the line
 * breaks and delimiters bounds both at once for almost every file; only a file past that
 * bound is parsed once without keeping anything, and stopped as soon as it is over.
 */
function overBudget(
  text: string,
  delimiter: Delimiter,
  quoteChar: string,
  budget: Budget,
): 'records' | 'cells' | null {
  const breaks = occurrences(text, text.includes('\n') ? '\n' : '\r', budget.records);
  const lines = breaks + 1;
  const cellBound =
    text.length <= budget.cells ? 0 : lines + occurrences(text, delimiter, budget.cells);
  if (lines <= budget.records && cellBound <= budget.cells) return null;
  let records = 0;
  let cells = 0;
  let over: 'records' | 'cells' | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar,
    step: (step, parser) => {
      records += 1;
      cells += step.data.length;
      if (records <= budget.records && cells <= budget.cells) return;
      // A blank last line (the file's final line break) is no record.
      const trailing = isBlank(step.data) && text.slice(step.meta.cursor).trim() === '';
      if (!trailing) over = records > budget.records ? 'records' : 'cells';
      parser.abort();
    },
  });
  return over;
}

interface Parsed {
  records: DelimitedRow[];
  /** Records in which papaparse met a quote it could not close where it stood. */
  strayQuotes: Set<DelimitedRow>;
  findings: Delimited['findings'];
  over: 'records' | 'cells' | null;
}

/**
 * Records of `text` with papaparse; `firstRow` is the spreadsheet number of its first
 * record. A quote never closed swallows the rest of the file in papaparse: that record is
 * reported and skipped, and the text after its line read on, with quotes taken as they are
 * (nothing after it closes a quote, or papaparse would have closed it there). Linear, however
 * many rows open a quote they never close.
 */
function parseRecords(
  text: string,
  delimiter: Delimiter,
  firstRow: number,
  quoted: boolean,
  out: Parsed,
  budget: Budget,
): void {
  const quoteChar = quoted ? QUOTE : NO_QUOTE;
  out.over = overBudget(text, delimiter, quoteChar, budget);
  if (out.over) return;
  const result = Papa.parse<string[]>(text, { delimiter, quoteChar, skipEmptyLines: false });
  const unclosed = quoted
    ? result.errors.find((error) => error.code === 'MissingQuotes')
    : undefined;
  const stopAt = Math.min(unclosed?.row ?? result.data.length, result.data.length);
  const stray = new Set(
    result.errors.filter((error) => error.code === 'InvalidQuotes').map((error) => error.row),
  );
  for (let index = 0; index < stopAt; index += 1) {
    const values = result.data[index] ?? [];
    const row = firstRow + index;
    budget.records -= 1;
    budget.cells -= values.length;
    if (quoted || !values.some((value) => value.startsWith(QUOTE))) {
      const record = { row, values };
      out.records.push(record);
      if (stray.has(index)) out.strayQuotes.add(record);
    } else {
      quotedLine(values.join(delimiter), delimiter, row, out);
    }
  }
  if (unclosed?.row === undefined) return;
  const row = firstRow + unclosed.row;
  budget.records -= 1;
  malformedRow(row, out);
  // Resume after the line of the bad record, so one stray quote costs one row.
  const start = recordOffset(text, delimiter, unclosed.row);
  const nextLine = text.indexOf('\n', start);
  if (nextLine >= 0) {
    parseRecords(text.slice(nextLine + 1), delimiter, row + 1, false, out, budget);
  }
}

function malformedRow(row: number, out: Parsed): void {
  out.records.push({ row, values: [], malformed: true });
  out.findings.push({
    row,
    field: null,
    severity: 'error',
    code: 'malformed_row',
    message: UNCLOSED,
    variant: 'quote',
    values: {},
  });
}

/**
 * A line read with quotes taken as they are, one of whose fields starts with a quote: read
 * again with quotes, it is a record if its quotes close on the line, else it is malformed.
 */
function quotedLine(line: string, delimiter: Delimiter, row: number, out: Parsed): void {
  const again = Papa.parse<string[]>(line, { delimiter, skipEmptyLines: false });
  const [values] = again.data;
  if (again.data.length === 1 && values && again.errors.length === 0) {
    out.records.push({ row, values });
  } else {
    malformedRow(row, out);
  }
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

function refused(
  code: Finding['code'],
  message: string,
  variant: string,
  values: Finding['values'],
): Finding {
  return { field: null, severity: 'error', code, message, variant, values };
}

const SPLIT = 'split it into several files, each with the header row';

function refusalOf(over: 'records' | 'cells', limits: Limits): Finding {
  return over === 'records'
    ? refused(
        'too_many_rows',
        `The file has more than ${englishCount(limits.rows)} rows after its header, the most the Atlas reads from one file: ${SPLIT}`,
        'rows',
        { limit: limits.rows },
      )
    : refused(
        'too_many_rows',
        `The file has more than ${englishCount(limits.cells)} cells (rows × columns), the most the Atlas reads from one file: ${SPLIT}, or leave out the columns it does not need`,
        'cells',
        { limit: limits.cells },
      );
}

/** Line breaks in the values of a record: the lines it runs on over, beyond its first. */
function lineBreaks(values: readonly string[]): number {
  let breaks = 0;
  for (const value of values) breaks += occurrences(value, '\n', Number.POSITIVE_INFINITY);
  return breaks;
}

/**
 * Why a record with a misplaced quote is malformed: a quote opened in it ran on over the
 * following lines until some later quote closed it, so those lines are in this record.
 */
function strayQuoteFinding(record: DelimitedRow): Finding {
  const lines = lineBreaks(record.values);
  return {
    field: null,
    severity: 'error',
    code: 'malformed_row',
    message:
      lines > 0
        ? `A quote opened in this row is not closed where it should be: the row runs on over the next ${lines} lines, which are read as part of it; fix its quotes`
        : 'A quote in this row is misplaced (a quoted value must end at its separator); fix its quotes',
    variant: lines > 0 ? 'runOnQuote' : 'misplacedQuote',
    values: { lines },
  };
}

/** The first cell of a row longer than the limit, as a finding naming its column. */
function longCell(
  values: readonly string[],
  header: readonly string[],
  limit: number,
): Finding | null {
  for (let index = 0; index < values.length; index += 1) {
    const length = values[index]?.length ?? 0;
    if (length <= limit) continue;
    return {
      field: header[index] ?? `column ${index + 1}`,
      severity: 'error',
      code: 'field_too_long',
      message: `This cell holds ${englishCount(length)} characters, more than the ${englishCount(limit)} the Atlas reads in one cell; shorten it (or check for a quote that is never closed)`,
      variant: 'cell',
      values: { length, limit },
    };
  }
  return null;
}

/**
 * Parses delimited text (delimiter detected from the header line). Rows whose field count
 * differs from the header's, that open a quote they never close, or that hold a cell past
 * the limit are returned with `malformed` and an error finding; blank rows are skipped but
 * still counted, so row numbers match the spreadsheet. A file past the limits of rows,
 * cells or columns is refused whole (`refusal`), before it takes the memory of its rows.
 */
export function parseDelimited(text: string, limits: Limits = LIMITS): Delimited {
  const delimiter = detectDelimiter(text);
  const out: Parsed = { records: [], strayQuotes: new Set(), findings: [], over: null };
  parseRecords(text, delimiter, 1, true, out, {
    records: limits.rows + 1,
    cells: limits.cells,
  });
  const header = (out.records[0]?.values ?? []).map((value) => value.trim());
  const empty = { delimiter, header, rows: [], findings: [] };
  if (out.over) return { ...empty, refusal: refusalOf(out.over, limits) };
  const longName = longCell(header, [], limits.fieldCharacters);
  if (longName) {
    return {
      ...empty,
      header: [],
      refusal: {
        ...longName,
        field: null,
        message: `A column name in the header: ${longName.message}`,
        variant: 'header',
      },
    };
  }
  if (header.length > limits.columns) {
    return {
      ...empty,
      refusal: refused(
        'too_many_columns',
        `The header has ${englishCount(header.length)} columns, more than the ${englishCount(limits.columns)} the Atlas reads: leave out the columns it does not need`,
        'columns',
        { count: header.length, limit: limits.columns },
      ),
    };
  }
  const rows: DelimitedRow[] = [];
  // Indexed from the second record: destructuring `[header, ...records]` copied every record
  // through an iterator, an object per row.
  for (let index = 1; index < out.records.length; index += 1) {
    const record = out.records[index] as DelimitedRow;
    if (record.malformed) {
      rows.push(record);
    } else if (!isBlank(record.values)) {
      const long = longCell(record.values, header, limits.fieldCharacters);
      const misquoted =
        out.strayQuotes.has(record) &&
        (long !== null || record.values.length !== header.length || lineBreaks(record.values) > 0);
      if (misquoted || long) {
        const finding = misquoted ? strayQuoteFinding(record) : long;
        if (finding) out.findings.push({ ...finding, row: record.row });
        rows.push({ ...record, malformed: true });
      } else if (record.values.length !== header.length) {
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
  return { delimiter, header, rows, findings: out.findings, refusal: null };
}
