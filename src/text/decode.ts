import type { Finding, TextEncoding } from '../model/report';

/** The text of a file, how it was encoded, and what the user must be told about it. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when the file started with a byte order mark (removed from `text`). */
  bom: boolean;
  /**
   * A warning when bytes had to be guessed at (invalid UTF-8 replaced, encodings mixed, UTF-16
   * without its mark); an error when there is no text to read (an empty or binary file).
   */
  findings: Finding[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Bytes 0x80-0x9F in Windows-1252 (WHATWG table; 0x81, 0x8D, 0x8F, 0x90, 0x9D map to
 * themselves). Node since 20.18.3 / 22.13 decodes 'windows-1252' as Latin-1, turning € and ’
 * into C1 controls (nodejs/node#60888), so those are mapped here; a no-op in browsers.
 */
const C1_AS_WINDOWS_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return windows1252
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => C1_AS_WINDOWS_1252[char.charCodeAt(0) - 0x80] ?? char);
}

/** The line (from 1) of byte `index`. */
function lineOf(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let position = 0; position < index; position += 1) if (bytes[position] === 0x0a) line += 1;
  return line;
}

/** The length of the valid UTF-8 sequence starting at `index` (a byte ≥ 0x80), or 0. */
function utf8SequenceAt(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 0;
  const size = length || (lead >= 0xf0 && lead <= 0xf4 ? 4 : 0);
  if (size === 0) return 0;
  for (let offset = 1; offset < size; offset += 1) {
    const next = bytes[index + offset];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return size;
}

/** Valid and invalid UTF-8 sequences among the bytes ≥ 0x80, and where each kind first is. */
function utf8Score(bytes: Uint8Array) {
  const score = { valid: 0, invalid: 0, firstValid: -1, firstInvalid: -1 };
  for (let index = 0; index < bytes.length; index += 1) {
    if ((bytes[index] ?? 0) < 0x80) continue;
    const size = utf8SequenceAt(bytes, index);
    if (size > 0) {
      score.valid += 1;
      if (score.firstValid < 0) score.firstValid = index;
      index += size - 1;
    } else {
      score.invalid += 1;
      if (score.firstInvalid < 0) score.firstInvalid = index;
    }
  }
  return score;
}

/** UTF-16 told by its byte order mark, or by the zero bytes of mostly-Latin text without one. */
function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  // Text in a Latin script has a zero byte in nearly every pair, always on the same side;
  // a binary file's zeros fall anywhere, among control bytes.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  let controls = 0;
  for (let index = 0; index < sample.length; index += 2) {
    const even = sample[index] ?? 0;
    const odd = sample[index + 1] ?? 0;
    if (even === 0) evenZeros += 1;
    if (odd === 0) oddZeros += 1;
    const low = even === 0 ? odd : even;
    if (
      (even === 0) !== (odd === 0) &&
      low < 0x20 &&
      low !== 0x09 &&
      low !== 0x0a &&
      low !== 0x0d
    ) {
      controls += 1;
    }
  }
  const pairs = sample.length / 2;
  if (controls > 0) return null;
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return { encoding: 'utf-16le', bom: false };
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return { encoding: 'utf-16be', bom: false };
  return null;
}

function finding(
  severity: Finding['severity'],
  code: Finding['code'],
  message: string,
  variant?: string,
  values: Finding['values'] = {},
): Finding {
  return { field: null, severity, code, message, values, ...(variant ? { variant } : {}) };
}

/** The error of a file with nothing in it, or nothing but spaces and line breaks. */
function emptiness(text: string): Finding[] {
  return text.trim() === ''
    ? [finding('error', 'empty_file', 'The file is empty: it holds no header and no row')]
    : [];
}

/**
 * Decodes a file: UTF-16 when its byte order mark (or its zero bytes) say so; UTF-8 (with or
 * without BOM) when its bytes are valid UTF-8; else Windows-1252, the encoding Excel uses
 * for "CSV (separator: semicolon)" in Belgian locales. A file that is mostly UTF-8 with a few
 * invalid sequences is read as UTF-8, those replaced by "\uFFFD", with a warning; one that is
 * mostly Windows-1252 with a few UTF-8 sequences is read as Windows-1252, with a warning:
 * never the whole file silently in the wrong encoding. A binary file (zero bytes) or an
 * empty one gives no text and an error.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16.encoding, { ignoreBOM: false }).decode(bytes);
    const findings = emptiness(text);
    if (!utf16.bom && findings.length === 0) {
      findings.push(
        finding(
          'info',
          'invalid_encoding',
          `Read as ${utf16.encoding.toUpperCase()}: the file has no byte order mark, but its zero bytes say so`,
          'utf16',
          { encoding: utf16.encoding.toUpperCase() },
        ),
      );
    }
    return { text, encoding: utf16.encoding, bom: utf16.bom, findings };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const zero = body.indexOf(0);
  if (zero >= 0) {
    return {
      text: '',
      encoding: 'utf-8',
      bom,
      findings: [
        finding(
          'error',
          'unreadable_file',
          `Not a text file: byte ${zero + 1} (line ${lineOf(body, zero)}) is a zero byte, as in a binary file (a spreadsheet workbook, an image); save it as CSV`,
          'binary',
          { byte: zero + 1, line: lineOf(body, zero) },
        ),
      ],
    };
  }
  try {
    const text = strictUtf8.decode(body);
    return { text, encoding: 'utf-8', bom, findings: emptiness(text) };
  } catch {
    // Not valid UTF-8 as a whole: which encoding the file mostly is decides.
  }
  const score = utf8Score(body);
  if (bom || score.valid > score.invalid) {
    return {
      text: lenientUtf8.decode(body),
      encoding: 'utf-8',
      bom,
      findings: [
        finding(
          'warning',
          'invalid_encoding',
          `Read as UTF-8, but ${score.invalid} byte sequences are not valid UTF-8 and were replaced by "\uFFFD" (the first on line ${lineOf(body, score.firstInvalid)}); save the file as UTF-8 again`,
          'invalidUtf8',
          { count: score.invalid, line: lineOf(body, score.firstInvalid) },
        ),
      ],
    };
  }
  const text = decodeWindows1252(body);
  const findings = emptiness(text);
  if (score.valid > 0) {
    findings.push(
      finding(
        'warning',
        'invalid_encoding',
        `Read as Windows-1252, but ${score.valid} sequences look like UTF-8 (the first on line ${lineOf(body, score.firstValid)}): the file mixes encodings; check its accented letters`,
        'mixed',
        { count: score.valid, line: lineOf(body, score.firstValid) },
      ),
    );
  }
  return { text, encoding: 'windows-1252', bom: false, findings };
}

/** True when the decoded file cannot be read at all (its findings hold an error). */
export function isUnreadable(decoded: DecodedText): boolean {
  return decoded.findings.some((item) => item.severity === 'error');
}
