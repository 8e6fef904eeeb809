/**
 * The limits of what the Atlas reads, stated once: the readers enforce them (in the
 * browser's import worker and on the command line alike) and README.md documents them. A
 * file past one is refused, or the row or feature past it rejected, with a message naming
 * the limit and how to get under it; memory then stays bounded (about 1 GB for a file at
 * the limits: 0.9 GB to validate a 100 MB GeoJSON of 290,000 features).
 */
export const LIMITS = {
  /** Bytes of one file, and of a zip's entries once inflated, all together. */
  fileBytes: 100 * 1024 * 1024,
  /** Data rows of one table (or features of one GeoJSON file, changes of one changeset). */
  rows: 300_000,
  /** Columns of one table. */
  columns: 1_000,
  /** Cells of one table (rows × columns): bounds the memory a wide file takes. */
  cells: 15_000_000,
  /** Characters of one cell or one property value. */
  fieldCharacters: 100_000,
  /** Nesting of arrays and objects in a JSON file (GeoJSON, datapackage.json, a changeset). */
  jsonDepth: 64,
  /** Files in one zip, or in one folder. */
  files: 1_000,
  /**
   * How many times its compressed size an entry of a zip may inflate to, once it is past
   * `ratioFrom` bytes: real tables compress 5 to 20 times, a zip bomb thousands of times.
   */
  zipRatio: 200,
  ratioFrom: 10 * 1024 * 1024,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Limits as a reader takes them (the stated ones, or smaller ones in a test). */
export type Limits = { readonly [name in LimitName]: number };

/** A size in megabytes, rounded as people read it (101, 2.5): what a message names. */
export function megabyteValue(bytes: number): number {
  const value = bytes / (1024 * 1024);
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}

/** A size in megabytes as people read it ("100 MB"). */
export function megabytes(bytes: number): string {
  return `${megabyteValue(bytes)} MB`;
}

/** A count in English digits with thousands separators (the command line's language). */
export function englishCount(value: number): string {
  return value.toLocaleString('en');
}
