import { sha1Words } from './sha1';

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
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex(word: number, shift: number): string {
  return HEX[(word >>> shift) & 0xff] as string;
}

/** A UUID version 5 (RFC 9562) of `name` in the `namespace` (16 bytes). */
export function uuidV5(name: string, namespace: Uint8Array = NAMESPACE_BYTES): string {
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0] = sha1Words(namespace, name);
  const version = (w1 & 0xffff0fff) | 0x5000;
  const variant = (w2 & 0x3fffffff) | 0x80000000;
  return `${hex(w0, 24)}${hex(w0, 16)}${hex(w0, 8)}${hex(w0, 0)}-${hex(w1, 24)}${hex(w1, 16)}-${hex(version, 8)}${hex(version, 0)}-${hex(variant, 24)}${hex(variant, 16)}-${hex(variant, 8)}${hex(variant, 0)}${hex(w3, 24)}${hex(w3, 16)}${hex(w3, 8)}${hex(w3, 0)}`;
}

/**
 * A stable id for a record: a UUID v5 of its kind and its source key (the facts that
 * identify it in its source, e.g. an organisation's normalised name). Importing the same
 * file twice therefore gives the same ids.
 */
export function stableId(kind: RecordKind, ...keyParts: string[]): string {
  return uuidV5(`${kind}:${keyParts.join('\u001f')}`);
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

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
