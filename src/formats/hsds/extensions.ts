import { z } from 'zod';
import type { Indicator, Relationship } from '../../model/schemas';

/**
 * The Atlas's sidecar to an HSDS package: what HSDS has no place for. It is written beside
 * the package (never inside its CSV files), so an HSDS consumer ignores it and the Atlas
 * reads the package back without loss.
 */

export const EXTENSIONS_FILE = 'atlas_extensions.json';
export const EXTENSIONS_FORMAT = 'atlas-hsds-extensions';

/** Fields of one record that HSDS lacks, keyed by field name. */
export type RecordExtension = Record<string, string>;

export interface AtlasExtensions {
  format: typeof EXTENSIONS_FORMAT;
  version: 1;
  about: string;
  /**
   * Per organisation: source, last_verified, and `placeholders` (the HSDS fields holding a
   * stand-in because HSDS requires them while the Atlas record leaves them empty; for
   * an organisation's description, the stand-in is its name).
   */
  organizations: Record<string, RecordExtension & { placeholders?: string }>;
  /** Per service: source, audience, capacity where known (its last_verified is HSDS `assured_date`). */
  services: Record<string, RecordExtension>;
  /**
   * Per location: source, last_verified, location_precision, and address_1, postal_code
   * and city when the location has no HSDS address row (HSDS requires a full address).
   */
  locations: Record<string, RecordExtension>;
  service_at_locations: Record<string, RecordExtension>;
  relationships: Relationship[];
  indicators: Indicator[];
}

const extensionMap = z.record(z.string(), z.record(z.string(), z.unknown()));

/** The sidecar as read: every part optional, values still unchecked (the builders check them). */
export const extensionsSchema = z.object({
  organizations: extensionMap.optional(),
  services: extensionMap.optional(),
  locations: extensionMap.optional(),
  service_at_locations: extensionMap.optional(),
  relationships: z.array(z.record(z.string(), z.unknown())).optional(),
  indicators: z.array(z.record(z.string(), z.unknown())).optional(),
});

export type ReadExtensions = z.infer<typeof extensionsSchema>;

/** A sidecar value as text: null → '', numbers in full, lists joined with '|'. */
export function extensionText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join('|');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
