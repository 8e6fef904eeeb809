import { appendText, digestWords, startMessage } from './sha1';

/**
 * The Atlas's fixed UUID v5 namespace. Never change it: every stable id in the
 * curated dataset and in users' exports is derived from it.
 */
export const ATLAS_NAMESPACE = '6f1c2a4e-7d1b-5b1e-9c3a-2f5d8e0a4b71';

export type RecordKind =
  | 'organization'
  | 'service'
  | 'location'
  | 'service_at_location'
  | 'relationship'
  | 'indicator';

const NAMESPACE_BYTES = Uint8Array.from(
  ATLAS_NAMESPACE.replaceAll('-', '').match(/../g) ?? [],
  (pair) => Number.parseInt(pair, 16),
);
const HEX_DIGITS = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
const DASH = 0x2d;
/** The UUID being written, as character codes: reused, so an id costs one string. */
const uuidCodes: number[] = Array.from({ length: 36 }, () => DASH);

/** Writes the low `digits` hex digits of `word` into `uuidCodes` from `at`. */
function writeHex(at: number, word: number, digits: number): void {
  for (let index = 0; index < digits; index += 1) {
    const shift = (digits - 1 - index) * 4;
    uuidCodes[at + index] = HEX_DIGITS[(word >>> shift) & 0xf] as number;
  }
}

/**
 * The UUID version 5 of the digest of the message just hashed. The id is made as one flat
 * string from character codes: a template of 16 hex pairs made a rope that every Map lookup
 * and UUID check flattened again.
 */
function uuidOfDigest(): string {
  const digest = digestWords();
  const w1 = digest[1] as number;
  const version = (w1 & 0xffff0fff) | 0x5000;
  const variant = ((digest[2] as number) & 0x3fffffff) | 0x80000000;
  writeHex(0, digest[0] as number, 8);
  writeHex(9, w1 >>> 16, 4);
  writeHex(14, version, 4);
  writeHex(19, variant >>> 16, 4);
  writeHex(24, variant, 4);
  writeHex(28, digest[3] as number, 8);
  return String.fromCharCode.apply(null, uuidCodes);
}

/** A UUID version 5 (RFC 9562) of `name` in the `namespace` (16 bytes). */
export function uuidV5(name: string, namespace: Uint8Array = NAMESPACE_BYTES): string {
  startMessage(namespace);
  appendText(name);
  return uuidOfDigest();
}

const KEY_SEPARATOR = '\u001f';

/**
 * A stable id for a record: a UUID v5 of its kind and its source key (the facts that
 * identify it in its source, e.g. an organisation's normalised name). Importing the same
 * file twice therefore gives the same ids.
 */
export function stableId(kind: RecordKind, ...keyParts: string[]): string {
  // The name `${kind}:${keyParts.join('\u001f')}` is hashed part by part, never made: an
  // import derives three ids a row, and their names were most of its strings.
  startMessage(NAMESPACE_BYTES);
  appendText(kind);
  appendText(':');
  for (let index = 0; index < keyParts.length; index += 1) {
    if (index > 0) appendText(KEY_SEPARATOR);
    appendText(keyParts[index] as string);
  }
  return uuidOfDigest();
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * A random UUID (version 4) for a record or transaction made in the browser.
 * `crypto.randomUUID` exists only in secure contexts; `getRandomValues` everywhere.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => HEX[byte]).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
