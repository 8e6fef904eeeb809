/**
 * CSV writing that is safe to open in a spreadsheet: RFC 4180 quoting, CRLF line ends,
 * optional UTF-8 BOM (so Excel reads accents), and formula neutralisation.
 */

export interface CsvOptions {
  delimiter: ',' | ';' | '\t';
  bom: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;
/** Apostrophes before a formula start: what neutralisation leaves, so it is escaped once more. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a
 * leading apostrophe, unless it is a plain number such as -4.5 or +32. A value that
 * already looks neutralised ("'=x") gets one more, so reading it back gives it whole.
 */
export function neutralizeFormula(value: string): string {
  const formula = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
  return formula || NEUTRALISED.test(value) ? `'${value}` : value;
}

const APOSTROPHE = 0x27;

/** Undoes `neutralizeFormula` when reading back a file the Atlas (or a careful tool) wrote. */
export function unneutralizeFormula(value: string): string {
  // Only a value starting with an apostrophe can be neutralised: looking at its first
  // character spares a regular expression run for nearly every cell of an import.
  return value.charCodeAt(0) === APOSTROPHE && NEUTRALISED.test(value) ? value.slice(1) : value;
}

function quote(value: string, delimiter: string, header: boolean): string {
  const safe = neutralizeFormula(value);
  // Any separator is quoted, not only the one in use, so the delimiter is told right on
  // reading; a number with a decimal comma stays bare for the spreadsheet to read as a number,
  // except in the header, the line the reader detects the delimiter from.
  const separator =
    safe.includes(delimiter) || (/[,;\t]/.test(safe) && (header || !PLAIN_NUMBER.test(safe)));
  return separator || /["\r\n]/.test(safe) || safe !== safe.trim()
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions,
): string {
  const lines = [header, ...rows].map((cells, index) =>
    cells.map((cell) => quote(cell, options.delimiter, index === 0)).join(options.delimiter),
  );
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
