/** The text of a file and how it was encoded. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  /** True when the file started with a UTF-8 byte order mark (removed from `text`). */
  bom: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
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

/**
 * Decodes a file as UTF-8 (with or without BOM) when its bytes are valid UTF-8, else as
 * Windows-1252, the encoding Excel uses for "CSV (separator: semicolon)" in Belgian locales.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', bom: false };
  }
}
