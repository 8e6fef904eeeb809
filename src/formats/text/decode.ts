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
 * Decodes a file as UTF-8 (with or without BOM) when its bytes are valid UTF-8, else as
 * Windows-1252, the encoding Excel uses for "CSV (separator: semicolon)" in Belgian locales.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: windows1252.decode(body), encoding: 'windows-1252', bom: false };
  }
}
