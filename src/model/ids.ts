import { v5 as uuidv5 } from 'uuid';

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

/**
 * A stable id for a record: a UUID v5 of its kind and its source key (the facts that
 * identify it in its source, e.g. an organisation's normalised name). Importing the same
 * file twice therefore gives the same ids.
 */
export function stableId(kind: RecordKind, ...keyParts: string[]): string {
  return uuidv5(`${kind}:${keyParts.join('\u001f')}`, ATLAS_NAMESPACE);
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
